using System.Globalization;
using Microsoft.Extensions.Localization;
using Oasis.CommandCentre.WorkOrders;
using Oasis.Platform.Errors;
using Oasis.Platform.Time;

namespace Oasis.Components.Pages.Mobile;

/// <summary>How the phone pages word things: refusals in the grid manager's language, times in Beijing time.</summary>
internal static class MobileText
{
    /// <summary>The storage key under which the browser keeps an unsent report of an order (mobile.js uses the same).</summary>
    public static string ReportKey(long orderId) => "oasis.m.report." + orderId.ToString(CultureInfo.InvariantCulture);

    public static string Beijing(DateTime utc) => BeijingTime.FromUtc(utc).ToString("MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string BeijingLong(DateTime utc) => BeijingTime.Format(utc);

    public static string Coordinate(double value) => value.ToString("0.000000", CultureInfo.InvariantCulture);

    public static string State(IStringLocalizer t, string code) => t["Command.WorkOrderState." + code];

    public static string Action(IStringLocalizer t, string code) => t["Mobile.Action." + code];

    /// <summary>
    /// The refusal as a sentence: the same resource text the API's ProblemDetails carries, with state and action codes
    /// replaced by their names, and each invalid field named.
    /// </summary>
    public static string Problem(IStringLocalizer t, ProblemWriter problems, OasisProblemException e)
    {
        if (e.Errors.Count > 0)
        {
            return string.Join(" ", e.Errors.Select(f => Field(t, f.Field) + "：" + problems.Format(f.MessageKey, Named(t, f.Args))));
        }

        return problems.Format(e.DetailKey, Named(t, e.Args));
    }

    private static string Field(IStringLocalizer t, string field)
    {
        var label = t["Mobile.Field." + field];
        return label.ResourceNotFound ? field : label.Value;
    }

    private static object?[] Named(IStringLocalizer t, object?[] args) =>
        args.Select(a => a is string s ? Name(t, s) : a).ToArray();

    private static object Name(IStringLocalizer t, string code)
    {
        if (Enum.GetValues<WorkOrderState>().Any(s => s.Code() == code))
        {
            return State(t, code);
        }

        var action = t["Mobile.Action." + code];
        return action.ResourceNotFound ? code : action.Value;
    }
}

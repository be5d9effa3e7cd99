using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Oasis.CommandCentre;
using Oasis.CommandCentre.Alarms.Host;
using Oasis.CommandCentre.WorkOrders;
using Oasis.CommandCentre.WorkOrders.Host;
using Oasis.Data;
using Oasis.Platform.Configuration;
using Oasis.Platform.Errors;
using Oasis.Platform.Scopes;

namespace Oasis.Components.Pages.Mobile;

/// <summary>
/// One order on the grid manager's phone. Each action is a plain form post handled here with the same service and photo
/// code as the API, then a redirect back (post-redirect-get); a refusal is shown on the page, with what was typed kept.
/// </summary>
public sealed partial class MobileOrder
{
    private WorkOrderRecord? _order;
    private string? _gridName;
    private string? _stationName;
    private string? _pollutant;
    private IReadOnlyList<AlarmValue> _snapshot = [];
    private DateTime _now;
    private string? _error;
    private string? _reason;
    private string? _text;

    [Parameter]
    public long Id { get; set; }

    [SupplyParameterFromQuery]
    public string? Done { get; set; }

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Inject]
    private OasisDb Db { get; set; } = default!;

    [Inject]
    private DataScopeResolver Scopes { get; set; } = default!;

    [Inject]
    private WorkOrderService Orders { get; set; } = default!;

    [Inject]
    private TimeProvider Clock { get; set; } = default!;

    [Inject]
    private OasisPaths Paths { get; set; } = default!;

    [Inject]
    private IOptions<CommandOptions> Options { get; set; } = default!;

    [Inject]
    private ProblemWriter Problems { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    private CancellationToken Ct => HttpContext.RequestAborted;

    protected override async Task OnInitializedAsync()
    {
        _now = Clock.GetUtcNow().UtcDateTime;
        try
        {
            _order = await WorkOrderEndpoints.FindAsync(Id, HttpContext.User, Db, Scopes, Ct);
        }
        catch (OasisProblemException e)
        {
            // Not found and not in my grids read the same to the grid manager: there is nothing here for him.
            _error = T["Mobile.NotFound"];
            HttpContext.Response.StatusCode = e.Status;
            return;
        }

        var o = _order;
        _gridName = await Db.Grids.AsNoTracking().Where(g => g.Code == o.GridCode).Select(g => g.Name).SingleOrDefaultAsync(Ct);
        _stationName = o.StationCode is null ? null
            : await Db.Stations.AsNoTracking().Where(s => s.Code == o.StationCode).Select(s => s.Name).SingleOrDefaultAsync(Ct);
        _pollutant = o.AlarmId is null ? null
            : await Db.Alarms.AsNoTracking().Where(a => a.Id == o.AlarmId).Select(a => a.Pollutant).SingleOrDefaultAsync(Ct);
        _snapshot = AlarmSnapshot.ReadValues(o.Snapshot).Select(v => v with { Time = Oasis.Platform.Time.BeijingTime.ToBeijing(v.Time) }).ToList();
    }

    /// <summary>Whether the form of <paramref name="action"/> is offered now (the service decides in the end).</summary>
    private bool Can(string action) => _order?.State switch
    {
        "dispatched" => action is "accept" or "refuse",
        "accepted" => action is "start" or "photo",
        "in_progress" => action is "photo" or "report",
        _ => false,
    };

    private Task AcceptAsync() => ActAsync(WorkOrderAction.Accept, "accept");

    private Task StartAsync() => ActAsync(WorkOrderAction.Start, "start");

    private Task RefuseAsync() => ActAsync(WorkOrderAction.Refuse, "refuse");

    private Task ReportAsync() => ActAsync(WorkOrderAction.Report, "report");

    private async Task PhotoAsync()
    {
        var form = await HttpContext.Request.ReadFormAsync(Ct);
        try
        {
            await WorkOrderPhotos.StoreAsync(Id, form.Files.GetFile("file"), Number(form["latitude"]), Number(form["longitude"]), HttpContext.User, Db,
                Scopes, Paths, Clock, Options.Value, Ct);
        }
        catch (OasisProblemException e)
        {
            Refused(e);
            return;
        }

        Navigation.NavigateTo($"/m/orders/{Id.ToString(CultureInfo.InvariantCulture)}?done=photo");
    }

    private async Task ActAsync(WorkOrderAction action, string done)
    {
        var form = await HttpContext.Request.ReadFormAsync(Ct);
        _reason = form["reason"];
        _text = form["text"];
        try
        {
            // The same scope check as the API first: an order outside my grids is out of scope, whatever the action.
            await WorkOrderEndpoints.FindAsync(Id, HttpContext.User, Db, Scopes, Ct);
            var actor = WorkOrderService.Actor(HttpContext.User, await Scopes.ResolveAsync(HttpContext.User, Ct));
            var input = new WorkOrderInput(_reason, _text, Number(form["latitude"]), Number(form["longitude"]), null);
            await Orders.ActAsync(Db, Id, action, actor, input, Ct);
        }
        catch (OasisProblemException e)
        {
            Refused(e);
            return;
        }

        Navigation.NavigateTo($"/m/orders/{Id.ToString(CultureInfo.InvariantCulture)}?done={done}");
    }

    private void Refused(OasisProblemException e)
    {
        _error = MobileText.Problem(T, Problems, e);
        HttpContext.Response.StatusCode = e.Status;
    }

    private static double? Number(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n : null;
}

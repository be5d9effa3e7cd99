using System.Globalization;
using System.Resources;
using Oasis.CommandCentre.WorkOrders;

namespace Oasis.Tests.CommandCentre;

/// <summary>The refusals carry resource keys; the host's handler can only localise what the resources hold.</summary>
public sealed class CommandTextTests
{
    private static readonly ResourceManager Resources = new("Oasis.Resources.SharedResource", typeof(SharedResource).Assembly);

    public static TheoryData<string> Keys() =>
    [
        WorkOrderProblems.WrongRole, WorkOrderProblems.WrongState, WorkOrderProblems.OtherGrid, WorkOrderProblems.NoReport,
        "Command.Alarm.WrongState", "Problem.work-order-transition.Title", "Problem.alarm-transition.Title",
        "Entity.Alarm", "Entity.WorkOrder",
    ];

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_command_refusal_has_chinese_and_english_text(string key)
    {
        var zh = Resources.GetString(key, CultureInfo.GetCultureInfo("zh-CN"));
        var en = Resources.GetString(key, CultureInfo.GetCultureInfo("en"));

        Assert.False(string.IsNullOrEmpty(zh));
        Assert.False(string.IsNullOrEmpty(en));
        Assert.NotEqual(zh, en);
    }
}

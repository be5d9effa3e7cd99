using System.ComponentModel.DataAnnotations;
using Oasis.CommandCentre.Alarms;
using Oasis.CommandCentre.WorkOrders;

namespace Oasis.CommandCentre;

/// <summary><c>Oasis:Command:*</c>: the alarm evaluation's pace and the alarm and work-order timings.</summary>
internal sealed class CommandOptions
{
    public const string Section = "Oasis:Command";

    /// <summary>Whether the alarm rules run in the background (tests switch it off and evaluate by hand).</summary>
    public bool EvaluateAlarms { get; set; } = true;

    /// <summary>The rules run at least this often (data missing is noticed by the clock, not by data).</summary>
    [Range(5, 3600)]
    public int EvaluateEverySeconds { get; set; } = 60;

    /// <summary>After a committed packet, the rules run this soon, gathering what else arrives meanwhile.</summary>
    [Range(0, 60)]
    public double AfterDataSeconds { get; set; } = 2;

    public AlarmBookOptions Alarms { get; set; } = new();

    public WorkOrderDeadlines Deadlines { get; set; } = new();

    /// <summary>Photos older than this at upload are flagged.</summary>
    [Range(1, 720)]
    public double PhotoMaxAgeHours { get; set; } = 2;

    /// <summary>Photos taken farther than this from the order's place are flagged.</summary>
    [Range(1, 100000)]
    public double PhotoMaxDistanceMetres { get; set; } = 500;
}

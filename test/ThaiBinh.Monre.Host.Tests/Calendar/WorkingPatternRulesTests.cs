using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Staff.Calendar;

namespace ThaiBinh.Monre.Host.Tests.Calendar;

public sealed class WorkingPatternRulesTests
{
    private static WorkingPeriod P(int startHour, int endHour) => new(new TimeOnly(startHour, 0), new TimeOnly(endHour, 0));

    private static string CodeOf(WorkingPattern pattern) =>
        Should.Throw<BusinessException>(() => WorkingPatternRules.Validate(pattern)).Code;

    [Fact]
    public void The_defaults_are_valid_and_make_an_eight_hour_day()
    {
        WorkingPatternRules.Validate(WorkingPattern.Defaults);
        WorkingPattern.Defaults.WorkingDayLength.ShouldBe(TimeSpan.FromHours(8));
        WorkingPattern.Defaults.ReceiptCutoff.ShouldBe(new TimeOnly(16, 0));
    }

    [Fact]
    public void Overlapping_or_empty_or_backwards_periods_are_refused()
    {
        CodeOf(WorkingPattern.Defaults with { Periods = [P(7, 12), P(11, 17)] }).ShouldBe(CalendarErrorCodes.InvalidWorkingPeriods);
        CodeOf(WorkingPattern.Defaults with { Periods = [] }).ShouldBe(CalendarErrorCodes.InvalidWorkingPeriods);
        CodeOf(WorkingPattern.Defaults with { Periods = [P(12, 8)] }).ShouldBe(CalendarErrorCodes.InvalidWorkingPeriods);
    }

    [Fact]
    public void A_week_without_a_working_day_is_refused() =>
        CodeOf(WorkingPattern.Defaults with { DaysOff = Enum.GetValues<DayOfWeek>() }).ShouldBe(CalendarErrorCodes.NoWorkingWeekday);

    [Fact]
    public void A_cutoff_outside_the_working_day_is_refused()
    {
        CodeOf(WorkingPattern.Defaults with { ReceiptCutoff = new TimeOnly(17, 30) }).ShouldBe(CalendarErrorCodes.InvalidCutoff);
        CodeOf(WorkingPattern.Defaults with { ReceiptCutoff = new TimeOnly(7, 0) }).ShouldBe(CalendarErrorCodes.InvalidCutoff);
    }

    [Fact]
    public void Stored_working_hours_round_trip_as_text() =>
        WorkingPeriod.ParseList(WorkingPeriod.FormatList(WorkingPattern.Defaults.Periods.Reverse()))
            .ShouldBe(WorkingPattern.Defaults.Periods);
}

using ThaiBinh.Monre.Kernel.ErrorHandling;
using ThaiBinh.Monre.Staff.Calendar;

namespace ThaiBinh.Monre.Host.Tests.Calendar;

/// <summary>
/// The calendar arithmetic on its own (no database): default pattern 07:00–11:30, 13:30–17:00, Saturday and Sunday off,
/// cut-off 16:00. Week of Monday 23 November 2026; Friday 27, Saturday 28, Sunday 29, Monday 30 November.
/// </summary>
public sealed class CalendarArithmeticTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);
    private static readonly DateOnly Friday = new(2026, 11, 27);
    private static readonly DateOnly Saturday = new(2026, 11, 28);
    private static readonly DateOnly NextMonday = new(2026, 11, 30);

    private static EffectiveCalendar Calendar(params (DateOnly Date, CalendarDayKind Kind)[] days) =>
        new(WorkingPattern.Defaults, days.ToDictionary(d => d.Date, d => d.Kind));

    private static DateTime At(DateOnly date, int hour, int minute = 0) => date.ToDateTime(new TimeOnly(hour, minute));

    private static DateTime Due(EffectiveCalendar calendar, DateTime received, decimal amount, DurationUnit unit) =>
        DueDateRules.Due(calendar, received, amount, unit);

    [Fact]
    public void One_working_day_from_Friday_afternoon_lands_on_Monday_at_the_same_time() =>
        Due(Calendar(), At(Friday, 14), 1, DurationUnit.WorkingDays).ShouldBe(At(NextMonday, 14));

    [Fact]
    public void Three_working_days_from_Friday_afternoon_skip_the_weekend() =>
        Due(Calendar(), At(Friday, 14), 3, DurationUnit.WorkingDays).ShouldBe(At(new DateOnly(2026, 12, 2), 14));

    [Fact]
    public void A_morning_receipt_plus_one_working_day_lands_next_day_at_the_same_time() =>
        Due(Calendar(), At(Monday, 11), 1, DurationUnit.WorkingDays).ShouldBe(At(Monday.AddDays(1), 11));

    [Fact]
    public void Work_ending_exactly_at_closing_ends_at_closing_not_next_morning() =>
        Due(Calendar(), At(Monday, 7), 1, DurationUnit.WorkingDays).ShouldBe(At(Monday, 17));

    [Fact]
    public void Receipt_after_cutoff_counts_from_next_working_morning() =>
        Due(Calendar(), At(Friday, 16, 30), 1, DurationUnit.WorkingDays).ShouldBe(At(NextMonday, 17));

    [Fact]
    public void Receipt_exactly_at_the_cutoff_counts_from_next_working_morning() =>
        Due(Calendar(), At(Monday, 16), 2, DurationUnit.WorkingHours).ShouldBe(At(Monday.AddDays(1), 9));

    [Fact]
    public void Receipt_just_before_the_cutoff_counts_at_once() =>
        Due(Calendar(), At(Monday, 15, 59), 2, DurationUnit.WorkingHours).ShouldBe(At(Monday.AddDays(1), 7, 59));

    [Fact]
    public void A_site_cutoff_of_15_00_moves_a_15_30_receipt_to_the_next_morning()
    {
        var pattern = WorkingPattern.Defaults with { ReceiptCutoff = new TimeOnly(15, 0) };
        var calendar = new EffectiveCalendar(pattern, new Dictionary<DateOnly, CalendarDayKind>());

        Due(calendar, At(Monday, 15, 30), 2, DurationUnit.WorkingHours).ShouldBe(At(Monday.AddDays(1), 9));
        Due(calendar, At(Monday, 14, 30), 2, DurationUnit.WorkingHours).ShouldBe(At(Monday, 16, 30));
    }

    [Fact]
    public void Receipt_before_opening_counts_from_opening_the_same_day() =>
        Due(Calendar(), At(Monday, 6), 1, DurationUnit.WorkingDays).ShouldBe(At(Monday, 17));

    [Fact]
    public void Receipt_on_a_weekend_counts_from_Monday_opening() =>
        Due(Calendar(), At(Saturday, 9), 2, DurationUnit.WorkingHours).ShouldBe(At(NextMonday, 9));

    [Fact]
    public void Receipt_over_lunch_counts_from_the_afternoon_opening() =>
        Due(Calendar(), At(Monday, 12), 2, DurationUnit.WorkingHours).ShouldBe(At(Monday, 15, 30));

    [Fact]
    public void Working_hours_skip_the_lunch_break() =>
        Due(Calendar(), At(Monday, 10, 30), 2, DurationUnit.WorkingHours).ShouldBe(At(Monday, 14, 30));

    [Fact]
    public void Working_hours_skip_the_night_and_the_weekend() =>
        Due(Calendar(), At(Friday, 15), 3, DurationUnit.WorkingHours).ShouldBe(At(NextMonday, 8));

    [Fact]
    public void A_holiday_on_a_weekday_is_skipped() =>
        Due(Calendar((NextMonday, CalendarDayKind.Holiday)), At(Friday, 14), 1, DurationUnit.WorkingDays)
            .ShouldBe(At(NextMonday.AddDays(1), 14));

    [Fact]
    public void A_make_up_Saturday_counts_as_a_working_day() =>
        Due(Calendar((Saturday, CalendarDayKind.WorkingDay)), At(Friday, 14), 1, DurationUnit.WorkingDays)
            .ShouldBe(At(Saturday, 14));

    [Fact]
    public void Half_a_working_day_is_half_the_working_day_length() =>
        Due(Calendar(), At(Monday, 7), 0.5m, DurationUnit.WorkingDays).ShouldBe(At(Monday, 11));

    [Fact]
    public void One_and_a_half_working_days_carry_the_half_day_over_the_night() =>
        Due(Calendar(), At(Monday, 14), 1.5m, DurationUnit.WorkingDays).ShouldBe(At(Monday.AddDays(2), 8));

    [Fact]
    public void Fractional_working_hours_keep_minutes() =>
        Due(Calendar(), At(Monday, 8), 1.25m, DurationUnit.WorkingHours).ShouldBe(At(Monday, 9, 15));

    [Fact]
    public void Year_end_receipt_counts_across_the_New_Year_holiday_and_weekend()
    {
        var calendar = Calendar((new DateOnly(2027, 1, 1), CalendarDayKind.Holiday));

        Due(calendar, At(new DateOnly(2026, 12, 31), 10), 2, DurationUnit.WorkingDays).ShouldBe(At(new DateOnly(2027, 1, 5), 10));
        Due(calendar, At(new DateOnly(2026, 12, 31), 16, 30), 1, DurationUnit.WorkingDays).ShouldBe(At(new DateOnly(2027, 1, 4), 17));
    }

    [Fact]
    public void Calendar_day_deadline_ends_at_closing_of_its_last_day() =>
        Due(Calendar(), At(Monday, 9), 3, DurationUnit.CalendarDays).ShouldBe(At(Monday.AddDays(3), 17));

    [Fact]
    public void Calendar_day_deadline_on_a_weekend_moves_to_closing_of_the_next_working_day() =>
        Due(Calendar(), At(Monday, 9), 5, DurationUnit.CalendarDays).ShouldBe(At(NextMonday, 17));

    [Fact]
    public void Calendar_day_deadline_on_a_holiday_moves_to_closing_of_the_next_working_day() =>
        Due(Calendar((Monday.AddDays(3), CalendarDayKind.Holiday)), At(Monday, 9), 3, DurationUnit.CalendarDays)
            .ShouldBe(At(Friday, 17));

    [Fact]
    public void Calendar_days_after_the_cutoff_count_from_the_next_working_day() =>
        Due(Calendar(), At(Friday, 16, 30), 1, DurationUnit.CalendarDays).ShouldBe(At(NextMonday.AddDays(1), 17));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-0.5)]
    public void Amounts_must_be_greater_than_zero(decimal amount) =>
        Should.Throw<BusinessException>(() => Due(Calendar(), At(Monday, 9), amount, DurationUnit.WorkingDays))
            .Code.ShouldBe(CalendarErrorCodes.AmountNotPositive);

    [Fact]
    public void Calendar_days_must_be_whole() =>
        Should.Throw<BusinessException>(() => Due(Calendar(), At(Monday, 9), 1.5m, DurationUnit.CalendarDays))
            .Code.ShouldBe(CalendarErrorCodes.FractionalCalendarDays);

    [Fact]
    public void Absurdly_large_amounts_are_refused() =>
        Should.Throw<BusinessException>(() => Due(Calendar(), At(Monday, 9), 100_000, DurationUnit.WorkingDays))
            .Code.ShouldBe(CalendarErrorCodes.AmountTooLarge);

    [Fact]
    public void Working_time_between_counts_only_working_hours()
    {
        var calendar = Calendar();

        calendar.WorkingTimeBetween(At(Friday, 15), At(NextMonday, 9)).ShouldBe(TimeSpan.FromHours(4));
        calendar.WorkingTimeBetween(At(Monday, 11), At(Monday, 14)).ShouldBe(TimeSpan.FromHours(1));
        calendar.WorkingTimeBetween(At(Monday, 0), At(Monday.AddDays(7), 0)).ShouldBe(TimeSpan.FromHours(40));
        calendar.WorkingTimeBetween(At(Monday, 14), At(Monday, 9)).ShouldBe(TimeSpan.Zero);
    }

    [Fact]
    public void Working_time_between_skips_holidays_and_counts_make_up_days()
    {
        var calendar = Calendar((Friday, CalendarDayKind.Holiday), (Saturday, CalendarDayKind.WorkingDay));

        calendar.WorkingTimeBetween(At(Friday, 0), At(NextMonday, 0)).ShouldBe(TimeSpan.FromHours(8));
    }

    [Fact]
    public void Working_time_is_inside_periods_of_working_days_only()
    {
        var calendar = Calendar((Monday.AddDays(1), CalendarDayKind.Holiday), (Saturday, CalendarDayKind.WorkingDay));

        calendar.IsWorkingTime(At(Monday, 10)).ShouldBeTrue();
        calendar.IsWorkingTime(At(Monday, 12)).ShouldBeFalse();
        calendar.IsWorkingTime(At(Monday, 17)).ShouldBeFalse();
        calendar.IsWorkingTime(At(Monday.AddDays(1), 10)).ShouldBeFalse();
        calendar.IsWorkingTime(At(Saturday, 10)).ShouldBeTrue();
        calendar.IsWorkingTime(At(Saturday.AddDays(1), 10)).ShouldBeFalse();
    }

    [Fact]
    public void Vietnam_time_is_utc_plus_seven_and_instants_come_back_with_that_offset()
    {
        var local = VietnamTime.ToLocal(new DateTimeOffset(2026, 11, 27, 7, 0, 0, TimeSpan.Zero));
        local.ShouldBe(At(Friday, 14));
        VietnamTime.FromLocal(local).ToString("O").ShouldBe("2026-11-27T14:00:00.0000000+07:00");
    }
}

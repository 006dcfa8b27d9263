using ThaiBinh.Monre.Staff.Calendar;

namespace ThaiBinh.Monre.Host.Tests.Calendar;

/// <summary>How a site's calendar is put together from its own data, its ancestors' and the default calendar's.</summary>
public sealed class CalendarSnapshotTests
{
    private static readonly Guid Province = Guid.NewGuid(), Centre = Guid.NewGuid(), Desk = Guid.NewGuid();
    private static readonly DateOnly NewYear = new(2027, 1, 1), CentreDay = new(2027, 1, 4), Saturday = new(2027, 1, 9);

    private static readonly WorkingPattern SaturdayMornings = WorkingPattern.Defaults with
    {
        DaysOff = [DayOfWeek.Sunday],
        ReceiptCutoff = new TimeOnly(15, 0),
    };

    private static CalendarSnapshot Snapshot() => new(
        [new CalendarSettings(Guid.NewGuid(), Centre, SaturdayMornings)],
        [
            new CalendarDay(Guid.NewGuid(), NewYear, CalendarDayKind.Holiday, "Tết Dương lịch", null),
            new CalendarDay(Guid.NewGuid(), CentreDay, CalendarDayKind.Holiday, "Nghỉ riêng của Trung tâm", Centre),
            new CalendarDay(Guid.NewGuid(), Saturday, CalendarDayKind.Holiday, "Bàn tiếp nhận nghỉ thứ Bảy này", Desk),
        ]);

    [Fact]
    public void A_unit_without_settings_uses_its_nearest_ancestors()
    {
        var snapshot = Snapshot();
        var desk = snapshot.For([Desk, Centre, Province]);

        desk.Pattern.ReceiptCutoff.ShouldBe(new TimeOnly(15, 0));
        desk.Pattern.DaysOff.ShouldBe([DayOfWeek.Sunday]);
        snapshot.SettingsSource([Desk, Centre, Province]).ShouldBe(Centre);
    }

    [Fact]
    public void Without_any_settings_in_the_chain_the_default_pattern_applies()
    {
        var snapshot = Snapshot();

        snapshot.For([Province]).Pattern.ShouldBeSameAs(WorkingPattern.Defaults);
        snapshot.For([]).Pattern.ShouldBeSameAs(WorkingPattern.Defaults);
        snapshot.SettingsSource([Province]).ShouldBeNull();
    }

    [Fact]
    public void Default_days_apply_everywhere_and_site_days_add_to_them()
    {
        var snapshot = Snapshot();

        snapshot.For([]).IsWorkingDay(NewYear).ShouldBeFalse();
        snapshot.For([]).IsWorkingDay(CentreDay).ShouldBeTrue();
        snapshot.For([Centre, Province]).IsWorkingDay(NewYear).ShouldBeFalse();
        snapshot.For([Centre, Province]).IsWorkingDay(CentreDay).ShouldBeFalse();
        snapshot.For([Desk, Centre, Province]).IsWorkingDay(CentreDay).ShouldBeFalse();
    }

    [Fact]
    public void The_nearest_units_day_wins_over_its_ancestors_weekly_pattern()
    {
        var snapshot = Snapshot();

        snapshot.For([Centre, Province]).IsWorkingDay(Saturday).ShouldBeTrue();
        snapshot.For([Desk, Centre, Province]).IsWorkingDay(Saturday).ShouldBeFalse();
        snapshot.DaysFor([Desk, Centre, Province]).Select(d => d.Date).ShouldBe([NewYear, CentreDay, Saturday]);
    }
}

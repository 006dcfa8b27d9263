namespace ThaiBinh.Monre.Staff.Calendar;

/// <summary>What a dated entry of the calendar does to its date.</summary>
public enum CalendarDayKind
{
    /// <summary>A day off although it would be a working day (public holiday, compensatory day off).</summary>
    Holiday,

    /// <summary>A working day although it would be a day off (make-up Saturday after a government swap).</summary>
    WorkingDay,
}

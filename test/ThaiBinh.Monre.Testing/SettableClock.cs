namespace ThaiBinh.Monre.Testing;

/// <summary>A clock the test sets to any instant (also backwards), so each test starts where its story starts.</summary>
public sealed class SettableClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start.ToUniversalTime();

    public DateTimeOffset Now
    {
        get => _now;
        set => _now = value.ToUniversalTime();
    }

    public override DateTimeOffset GetUtcNow() => _now;
}

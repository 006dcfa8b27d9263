using ThaiBinh.Monre.Kernel.Domain;

namespace ThaiBinh.Monre.Procedures.Domain.Dossiers;

/// <summary>
/// Form 04: the apology and new appointment a dossier at risk of lateness needs, drafted one working day before the
/// appointment for the responsible leader, who edits and issues it.
/// </summary>
public sealed class LatenessApology : AuditedAggregateRoot<Guid>
{
    private LatenessApology() { }

    public LatenessApology(Guid dossierId, DateTimeOffset raisedAt, DateTimeOffset proposedAppointmentAt, Guid? leaderUserId, string? reason)
    {
        Id = Guid.CreateVersion7();
        DossierId = dossierId;
        RaisedAt = raisedAt.ToUniversalTime();
        ProposedAppointmentAt = proposedAppointmentAt.ToUniversalTime();
        LeaderUserId = leaderUserId;
        Reason = reason;
    }

    public Guid DossierId { get; private set; }
    public DateTimeOffset RaisedAt { get; private set; }
    public DateTimeOffset ProposedAppointmentAt { get; private set; }
    public Guid? LeaderUserId { get; private set; }
    public string? Reason { get; private set; }
    public DateTimeOffset? IssuedAt { get; private set; }
    public string? IssuedBy { get; private set; }

    public bool IsIssued => IssuedAt is not null;

    /// <summary>The leader (or their office) rewords the draft before signing: a reason or new appointment given replaces the draft's.</summary>
    public void Revise(string? reason, DateTimeOffset? newAppointmentAt)
    {
        if (IsIssued) throw new InvalidOperationException("The apology was already issued.");
        if (!string.IsNullOrWhiteSpace(reason)) Reason = reason.Trim();
        if (newAppointmentAt is { } moved) ProposedAppointmentAt = moved.ToUniversalTime();
    }

    /// <summary>
    /// The leader signs the letter (once), with the reason and new appointment as finally worded; the caller moves the
    /// dossier's appointment to <see cref="ProposedAppointmentAt"/>.
    /// </summary>
    public void Issue(DateTimeOffset at, string issuedBy, string? reason, DateTimeOffset? newAppointmentAt)
    {
        Revise(reason, newAppointmentAt);
        IssuedAt = at.ToUniversalTime();
        IssuedBy = issuedBy;
    }
}

namespace ThaiBinh.Monre.Procedures.Domain.Dossiers;

/// <summary>
/// The last sequence number issued by an agency on a day (Vietnam date). Incremented with one
/// <c>INSERT … ON CONFLICT DO UPDATE … RETURNING</c> inside the receipt's transaction: concurrent receipts queue on the
/// row, a rolled-back receipt gives its number back, so codes are unique and gap-free.
/// </summary>
public sealed class DossierCodeCounter
{
    public string AgencyCode { get; set; } = "";
    public DateOnly Day { get; set; }
    public int LastNumber { get; set; }
}

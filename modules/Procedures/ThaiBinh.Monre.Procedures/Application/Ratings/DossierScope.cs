using Microsoft.EntityFrameworkCore;
using ThaiBinh.Monre.Procedures.Application.Dossiers;

namespace ThaiBinh.Monre.Procedures.Application.Ratings;

/// <summary>The dossier service's visibility rule (<see cref="DossierAccess"/>) for one dossier, as the desk-side endpoints here need it.</summary>
internal static class DossierScope
{
    /// <param name="alsoAllowed">A user allowed for this purpose besides the rule (e.g. the leader an apology is drafted for).</param>
    public static async Task EnsureVisibleAsync(this DossierAccess access, Guid dossierId, CancellationToken cancellationToken, Guid? alsoAllowed = null)
    {
        if (alsoAllowed is { } allowed && allowed == access.UserId) return;
        var visible = await access.VisibleAsync(cancellationToken);
        if (!await visible.AnyAsync(d => d.Id == dossierId, cancellationToken)) throw DossierErrors.NotFound();
    }
}

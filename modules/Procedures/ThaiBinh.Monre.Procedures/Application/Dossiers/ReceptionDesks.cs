using Microsoft.Extensions.Caching.Memory;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Staff.Organisation;

namespace ThaiBinh.Monre.Procedures.Application.Dossiers;

/// <summary>A reception point as a receipt needs it: level, name on the slip, and the agency identifier of its codes.</summary>
internal sealed record ReceptionDesk(Guid UnitId, string Name, ReceptionLevel Level, string AgencyCode);

/// <summary>
/// Where a receipt happens: the given unit, or the officer's own desk (the provincial service centre or a district desk the
/// officer works in, secondments included). Only those two kinds of unit receive; the centre receives at province level,
/// a district desk at district level. Codes carry the desk's agency identifier, else its nearest ancestor's.
/// An answer is kept a minute per (user, unit asked, day): every receipt asks it, a reorganisation reaches it within that
/// minute (as the calendar's cache, ADR 0004).
/// </summary>
internal sealed class ReceptionDesks(IOrgUnitDirectory directory, IMemoryCache cache)
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(1);

    public async Task<ReceptionDesk> ResolveAsync(Guid userId, Guid? requested, bool anyDesk, DateOnly day, CancellationToken cancellationToken)
    {
        var key = (nameof(ReceptionDesks), userId, requested, anyDesk, day);
        if (cache.TryGetValue(key, out ReceptionDesk? known) && known is not null) return known;
        var desk = await FindAsync(userId, requested, anyDesk, day, cancellationToken);
        cache.Set(key, desk, KeepFor);
        return desk;
    }

    private async Task<ReceptionDesk> FindAsync(Guid userId, Guid? requested, bool anyDesk, DateOnly day, CancellationToken cancellationToken)
    {
        OrgUnitDto unit;
        if (requested is { } id)
        {
            unit = await directory.FindUnitAsync(id, day, cancellationToken) is { } found && LevelOf(found.Type) is not null
                ? found
                : throw DossierErrors.Unprocessable(ProcedureErrorCodes.NotAReceptionDesk, "Dossiers:NotAReceptionDesk");
            // An officer receives at their own desk; only someone who sees every desk may record a receipt elsewhere.
            if (!anyDesk && !(await directory.GetUnitsOfUserAsync(userId, day, cancellationToken)).Contains(id))
                throw DossierErrors.Unprocessable(ProcedureErrorCodes.NotAReceptionDesk, "Dossiers:NotYourDesk", unit.Name);
        }
        else
        {
            var mine = await directory.GetUnitsOfUserAsync(userId, day, cancellationToken);
            var desks = new List<OrgUnitDto>();
            foreach (var unitId in mine)
                if (await directory.FindUnitAsync(unitId, day, cancellationToken) is { } u && LevelOf(u.Type) is not null) desks.Add(u);
            if (desks.Count != 1)
                throw DossierErrors.Unprocessable(ProcedureErrorCodes.ReceptionUnitRequired, desks.Count == 0 ? "Dossiers:NoOwnDesk" : "Dossiers:SeveralDesks");
            unit = desks[0];
        }
        var agencyCode = unit.AgencyCode;
        if (string.IsNullOrWhiteSpace(agencyCode))
        {
            foreach (var ancestorId in (await directory.GetAncestryAsync(unit.Id, day, cancellationToken)).Skip(1))
                if ((await directory.FindUnitAsync(ancestorId, day, cancellationToken))?.AgencyCode is { Length: > 0 } code)
                {
                    agencyCode = code;
                    break;
                }
        }
        if (string.IsNullOrWhiteSpace(agencyCode))
            throw DossierErrors.Unprocessable(ProcedureErrorCodes.NotAReceptionDesk, "Dossiers:DeskWithoutAgencyCode", unit.Name);
        return new ReceptionDesk(unit.Id, unit.Name, LevelOf(unit.Type)!.Value, agencyCode);
    }

    public static ReceptionLevel? LevelOf(OrgUnitType type) => type switch
    {
        OrgUnitType.ServiceCentre => ReceptionLevel.Province,
        OrgUnitType.DistrictDesk => ReceptionLevel.District,
        _ => null,
    };
}

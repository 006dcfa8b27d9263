using System.Text.Json.Serialization;

namespace ThaiBinh.Monre.Procedures.Catalog;

/// <summary>Where a dossier is received: the provincial service centre or a district desk (DOMAIN.md §1–§2).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReceptionLevel>))]
public enum ReceptionLevel
{
    Province,
    District,
}

/// <summary>How a procedure is handled at a reception level: all at the centre ("5 tại chỗ") or sent to the divisions.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HandlingMode>))]
public enum HandlingMode
{
    OnTheSpot,
    Transfer,
}

/// <summary>Whether a component is handed in as the original, a certified copy, or a plain copy.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CopyKind>))]
public enum CopyKind
{
    Original,
    CertifiedCopy,
    Copy,
}

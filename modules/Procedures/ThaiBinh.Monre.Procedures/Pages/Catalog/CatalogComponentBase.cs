using System.Globalization;
using ThaiBinh.Monre.Procedures.Catalog;
using ThaiBinh.Monre.Procedures.Pages.Shared;
using ThaiBinh.Monre.Staff.Calendar;

namespace ThaiBinh.Monre.Procedures.Pages.CatalogAdmin;

/// <summary>
/// Catalog pages and dialogs: the module's page base (service calls in a unit of work as the signed-in user, user errors
/// as snackbars) plus the labels of fields, units, levels and modes and the date conversions of the editors.
/// </summary>
public abstract class CatalogComponentBase : ProceduresComponentBase
{
    protected string FieldLabel(string field) => L[$"Org:Field.{field}"];
    protected string UnitLabel(DurationUnit unit) => L[$"Catalog:Unit.{unit}"];
    protected string LevelLabel(ReceptionLevel level) => L[$"Catalog:Level.{level}"];
    protected string ModeLabel(HandlingMode mode) => L[$"Catalog:Mode.{mode}"];
    protected string CopyKindLabel(CopyKind kind) => L[$"Catalog:CopyKind.{kind}"];

    protected string Deadline(DeadlineDto d) =>
        $"{d.Amount.ToString("G29", CultureInfo.CurrentCulture)} {UnitLabel(d.Unit)}";

    protected static string Format(DateOnly? date) => date?.ToString("dd/MM/yyyy") ?? "";
    protected static DateTime? ToDateTime(DateOnly? date) => date?.ToDateTime(TimeOnly.MinValue);
    protected static DateOnly? ToDate(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;
}

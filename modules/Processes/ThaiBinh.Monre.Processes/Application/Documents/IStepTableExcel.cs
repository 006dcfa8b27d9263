namespace ThaiBinh.Monre.Processes.Application.Documents;

/// <summary>The ISO step table as an Excel sheet (*Bước / Nội dung / Trách nhiệm / Thời gian / Biểu mẫu* plus the columns the engine needs).</summary>
internal interface IStepTableExcel
{
    /// <summary>Asynchronous: unit names come from the organisation directory.</summary>
    Task<byte[]> ExportAsync(ProcessVersionDto process, CancellationToken cancellationToken);

    /// <summary>Reads a sheet written by <see cref="ExportAsync"/> or by hand in the same layout; every refused row is reported.</summary>
    Task<StepTableImportResult> ImportAsync(Stream workbook, CancellationToken cancellationToken);
}

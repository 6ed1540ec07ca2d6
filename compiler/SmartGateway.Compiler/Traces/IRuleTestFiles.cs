namespace SmartGateway.Compiler.Traces;

/// <summary>
/// Where a rule test and the files it names come from: the disk for <c>sgc test</c>, the project's additional
/// files for the source generator (which may not touch the disk). Paths are full paths.
/// </summary>
public interface IRuleTestFiles
{
    /// <summary>The file's bytes, or null with the reason in <paramref name="error"/>.</summary>
    byte[]? Read(string path, out string error);

    /// <summary>How diagnostics name the file (relative to the working directory on the disk).</summary>
    string Display(string path);
}

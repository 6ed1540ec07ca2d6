namespace SmartGateway.Cli;

/// <summary>docs/FORMATS.md: 0 success, 1 the input has errors, 2 wrong usage. Outside tools rely on them.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int InputErrors = 1;
    public const int Usage = 2;
}

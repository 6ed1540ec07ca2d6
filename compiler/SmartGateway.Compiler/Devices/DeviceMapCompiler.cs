using SmartGateway.Compiler.Diagnostics;
using SmartGateway.Runtime.Devices;

namespace SmartGateway.Compiler.Devices;

/// <summary>
/// Device map JSON → the runtime's <see cref="DeviceMap"/> tables: <see cref="DeviceMapJsonReader"/> then
/// <see cref="DeviceMapChecker"/>. Every problem is reported at its path(line,col); a map with any
/// error yields null.
/// </summary>
public static class DeviceMapCompiler
{
    public static DeviceMap? Compile(string file, string text, DiagnosticBag bag)
    {
        int before = bag.ErrorCount;
        DeviceMapModel? model = DeviceMapJsonReader.Read(file, text, bag);
        return model == null ? null : DeviceMapChecker.Check(model, bag, before);
    }
}

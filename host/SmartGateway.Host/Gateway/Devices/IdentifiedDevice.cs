using SmartGateway.Devices;
using SmartGateway.Runtime.Devices;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Host.Gateway.Devices;

/// <summary>A device that answered its identification read, with the map that serves it and how it is polled.</summary>
/// <param name="Interface">Its docs/FORMATS.md interface: "ir.left", "ir.right" or "rs485.A".</param>
public sealed record IdentifiedDevice(
    string Interface, byte Unit, string Model, string Serial, string SwVer, string Description, string Location,
    DeviceMap? Map, PolledDevice? Polled)
{
    public bool IsBicom => Map?.Bicom != null;

    /// <summary>Reads the identification block (input 1–13) and the description/location strings (holding 101–140).
    /// Returns null when the device does not answer; a device without a known map is listed but not polled.</summary>
    public static IdentifiedDevice? Read(ModbusBus bus, string interfaceName, byte unit, DeviceCatalog catalog, TimeSpan? timeout = null, int? retries = null)
    {
        ushort[] info;
        try
        {
            ModbusResult r = bus.Execute(ModbusRequest.Read(unit, FunctionCode.ReadInputRegisters, 1, 13), timeout, retries);
            if (!r.Ok) return null;
            info = r.Registers;
        }
        catch (ModbusCommunicationException)
        {
            return null;
        }
        string model = Rs485Scanner.Text(info, 0, 8);
        string serial = Rs485Scanner.Text(info, 8, 4);
        string swVer = (info[12] / 100.0).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
        string description = "", location = "";
        try
        {
            ModbusResult texts = bus.Execute(ModbusRequest.Read(unit, FunctionCode.ReadHoldingRegisters, 101, 40));
            if (texts.Ok)
            {
                description = Rs485Scanner.Text(texts.Registers, 0, 20);
                location = Rs485Scanner.Text(texts.Registers, 20, 20);
            }
        }
        catch (ModbusCommunicationException)
        {
            // Identification succeeded; the strings are optional.
        }
        DeviceMap? map = catalog.ForIdentification(model);
        PolledDevice? polled = map == null ? null : new PolledDevice(interfaceName, unit, map);
        return new IdentifiedDevice(interfaceName, unit, model, serial, swVer, description, location, map, polled);
    }
}

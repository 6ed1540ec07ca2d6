using SmartGateway.Firmware.Devices;
using SmartGateway.Firmware.Modbus;
using SmartGateway.Firmware.Text;

namespace SmartGateway.Firmware.Mqtt;

/// <summary>
/// §4.7.8 detect_485_devices: asks every address 1–247 for the Iskra identification string (input registers
/// 1–8) and answers on the status subtopic with what answered.
/// </summary>
public sealed class DetectScan
{
    private const int ModelRegister = 1;
    private const int ModelWords = 8;
    private const int SerialRegister = 9;
    private const int SerialWords = 4;

    private readonly RtuMaster _master;
    private readonly MqttLink _link;

    public DetectScan(RtuMaster master, MqttLink link)
    {
        _master = master;
        _link = link;
    }

    public void Run()
    {
        JsonWriter w = new JsonWriter().BeginObject().String("cmd", "detect_485_devices").BeginArray("devices");
        for (int unit = 1; unit <= 247; unit++)
        {
            string model = Identification.ReadText(_master, unit, ModelRegister, ModelWords);
            if (model == null) continue;
            string serial = Identification.ReadText(_master, unit, SerialRegister, SerialWords);
            w.BeginObject().Number("addr", unit).String("model", model).String("serial", serial ?? "").EndObject();
        }
        _link.PublishStatus(w.EndArray().EndObject().ToString());
    }
}

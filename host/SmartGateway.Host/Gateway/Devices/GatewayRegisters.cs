using SmartGateway.Host.Api.Contracts;
using SmartGateway.Host.Configuration;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Host.Gateway.Devices;

/// <summary>
/// The gateway's own Modbus registers (its unit, 34 by default), built fresh for each request from the
/// same sources REST reads. Input registers: identification 1–13 (Iskra's common block), status 100–106,
/// Bicom states 200–217 (one per slot), measurement mirrors 1000 + 100·slot (float32, high word first; the total
/// power factor also in Iskra's T7, which carries import/export and inductive/capacitive).
/// Holding 200–217 switch a slot's Bicom (0 off, 1 on). The map is documented in host/README.md.
/// </summary>
public sealed class GatewayRegisters(
    GatewayIdentity identity, StatusReporter status, GatewayHealth health, IMeasurementSource source, IBicomControl bicoms)
{
    public const int StatusBase = 100;
    public const int BicomBase = 200;
    public const int MirrorBase = 1000;
    public const int MirrorStride = 100;
    public const int MirrorWords = 28;
    private const int Size = MirrorBase + MirrorStride * DeviceSlot.Count;
    private const ushort Unknown = 0xFFFF;

    /// <summary>Answers one decoded request into reply (a PDU); returns the reply's length.</summary>
    public int Answer(ModbusRequest request, byte[] reply, CancellationToken cancellationToken)
    {
        if (FunctionCode.IsRead(request.Function))
        {
            if (request.Function != FunctionCode.ReadInputRegisters && !IsBicomRange(request.Address, request.Count))
                return SlaveCodec.EncodeException(request.Function, ExceptionCode.IllegalDataAddress, reply, 0);
            (ushort[]? registers, bool[]? defined) = Image();
            for (int r = request.Address; r < request.Address + request.Count; r++)
                if (r >= Size || !defined[r]) return SlaveCodec.EncodeException(request.Function, ExceptionCode.IllegalDataAddress, reply, 0);
            return SlaveCodec.EncodeReadReply(request.Function, registers, request.Address, request.Count, reply, 0);
        }
        if (!IsBicomRange(request.Address, request.Count))
            return SlaveCodec.EncodeException(request.Function, ExceptionCode.IllegalDataAddress, reply, 0);
        for (int n = 0; n < request.Count; n++)
            if (request.Values![n] > 1) return SlaveCodec.EncodeException(request.Function, ExceptionCode.IllegalDataValue, reply, 0);
        try
        {
            for (int n = 0; n < request.Count; n++)
                bicoms.SwitchAsync(request.Address - BicomBase + n, request.Values![n] == 1 ? BicomCommand.On : BicomCommand.Off, cancellationToken)
                    .GetAwaiter().GetResult();
        }
        catch (DeviceException)
        {
            return SlaveCodec.EncodeException(request.Function, ExceptionCode.GatewayTargetFailedToRespond, reply, 0);
        }
        return SlaveCodec.EncodeWriteReply(request, reply, 0);
    }

    /// <summary>Iskra's T7: byte 3 export FF, byte 2 capacitive FF, low word |PF| × 10000.</summary>
    private static uint T7(PowerFactor pf) =>
        (pf.Value < 0 ? 0xFF000000u : 0) | (pf.Capacitive ? 0x00FF0000u : 0) | (uint)Math.Min(10000, Math.Round(Math.Abs(pf.Value) * 10000));

    private static bool IsBicomRange(int start, int count) => start >= BicomBase && start + count <= BicomBase + DeviceSlot.Count;

    private (ushort[] Registers, bool[] Defined) Image()
    {
        ushort[] registers = new ushort[Size];
        bool[] defined = new bool[Size];
        void Put(int at, ushort value)
        {
            registers[at] = value;
            defined[at] = true;
        }
        void Text(int at, int words, string text)
        {
            string padded = text.PadRight(2 * words)[..(2 * words)];
            for (int n = 0; n < words; n++) Put(at + n, (ushort)((padded[2 * n] & 0xFF) << 8 | (padded[2 * n + 1] & 0xFF)));
        }
        void U32(int at, uint value)
        {
            Put(at, (ushort)(value >> 16));
            Put(at + 1, (ushort)value);
        }
        void F32(int at, double? value) => U32(at, BitConverter.SingleToUInt32Bits(value is double v ? (float)v : float.NaN));

        Text(1, 8, identity.ModelType);
        Text(9, 4, identity.SerialNumber);
        Put(13, (ushort)Math.Round(100 * double.Parse(identity.SwVer, System.Globalization.CultureInfo.InvariantCulture)));

        GatewayStatus now = status.Status();
        GatewayInputs inputs = source.GatewayInputs();
        U32(StatusBase, (uint)Math.Min(uint.MaxValue, now.UptimeSeconds));
        Put(StatusBase + 2, (ushort)health.Flags);
        Put(StatusBase + 3, (ushort)(now.ActiveTariff ?? 0));
        Put(StatusBase + 4, inputs.Temperature is double t ? (ushort)(short)Math.Round(t * 100) : (ushort)0x8000);
        U32(StatusBase + 5, inputs.PulseEnergy is double e ? (uint)Math.Clamp(Math.Round(e), 0, uint.MaxValue - 1) : uint.MaxValue);

        for (int slot = 0; slot < DeviceSlot.Count; slot++) Put(BicomBase + slot, Unknown);
        foreach (BicomState b in bicoms.States())
            Put(BicomBase + b.Slot, b.On switch { true => 1, false => 0, null => Unknown });

        for (int slot = 0; slot < DeviceSlot.Count; slot++)
        {
            int at = MirrorBase + MirrorStride * slot;
            DeviceMeasurements? m = source.Measurements(slot);
            DeviceCounters? c = source.Counters(slot);
            PhaseValues? Phase(int n) => m != null && m.Phases.Count > n ? m.Phases[n] : null;
            F32(at, m?.Frequency);
            for (int n = 0; n < 3; n++)
            {
                F32(at + 2 + 2 * n, Phase(n)?.Voltage);
                F32(at + 8 + 2 * n, Phase(n)?.Current);
            }
            F32(at + 14, m?.Total.ActivePower);
            F32(at + 16, m?.Total.ReactivePower);
            F32(at + 18, m?.Total.ApparentPower);
            F32(at + 20, m?.Total.PowerFactor.Value);
            F32(at + 22, c?.NonResettable.Count > 0 ? c.NonResettable[0].Value : null);
            F32(at + 24, c?.NonResettable.Count > 1 ? c.NonResettable[1].Value : null);
            if (m?.Total.PowerFactor is PowerFactor pf) U32(at + 26, T7(pf));
            else U32(at + 26, uint.MaxValue);
        }
        return (registers, defined);
    }
}

"""Reads a simulated Iskra meter the way pyiskra's Modbus adapter does (block reads, T5/T6/T7 decoding
written here from docs/DEVICE-MAPS.md) with pymodbus as the master, and prints the values as JSON.

usage: /usr/bin/python3 pyiskra_reads.py PORT UNIT impact|wm
"""
import inspect
import json
import sys
import types

try:
    import serial_asyncio  # noqa: F401
except ImportError:
    # pymodbus 3.0 imports serial_asyncio even for TCP; Debian only recommends the package.
    stub = types.ModuleType("serial_asyncio")
    stub.create_serial_connection = None
    sys.modules["serial_asyncio"] = stub

from pymodbus.client import ModbusTcpClient


def read(client, function, address, count, unit):
    call = client.read_input_registers if function == 4 else client.read_holding_registers
    # pymodbus >= 3.10 names the unit device_id, older 3.x slave; both accept **kwargs, so ask the signature.
    key = "device_id" if "device_id" in inspect.signature(call).parameters else "slave"
    response = call(address, count=count, **{key: unit})
    if response.isError():
        raise SystemExit(f"read {function}:{address}+{count} failed: {response}")
    return response.registers


def u32(regs, i):
    return (regs[i] << 16) | regs[i + 1]


def t5(regs, i):
    v = u32(regs, i)
    exp = (v >> 24) - 256 if v >> 24 > 127 else v >> 24
    return (v & 0xFFFFFF) * 10 ** exp


def t6(regs, i):
    v = u32(regs, i)
    exp = (v >> 24) - 256 if v >> 24 > 127 else v >> 24
    m = v & 0xFFFFFF
    if m & 0x800000:
        m -= 0x1000000
    return m * 10 ** exp


def t7(regs, i):
    v = u32(regs, i)
    pf = (v & 0xFFFF) / 10000
    return -pf if (v >> 24) == 0xFF else pf


def s16(x):
    return x - 65536 if x > 32767 else x


def text(regs):
    return "".join(chr(r >> 8) + chr(r & 0xFF) for r in regs).strip()


def main():
    port, unit, family = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    client = ModbusTcpClient("127.0.0.1", port=port, timeout=2)
    client.connect()
    info = read(client, 4, 1, 13, unit)
    m = read(client, 4, 100, 91, unit)
    at = lambda a: a - 100  # noqa: E731
    out = {
        "model": text(info[0:8]), "serial": text(info[8:12]),
        "f": t5(m, at(105)), "U.L1": t5(m, at(107)), "U.L2": t5(m, at(109)), "U.L3": t5(m, at(111)),
        "I.L1": t5(m, at(126)), "P": t6(m, at(140)), "P.L1": t6(m, at(142)), "Q": t6(m, at(148)),
        "S": t5(m, at(156)), "PF": t7(m, at(164)), "angle": s16(m[at(172)]) / 100,
        "temp": s16(m[at(181)]) / 100, "thdU.L1": m[at(182)] / 100, "thdI.L3": m[at(190)] / 100,
    }
    if family == "impact":
        import struct
        c = read(client, 4, 2750, 96, unit)
        out["counter.1"] = struct.unpack(">f", struct.pack(">I", u32(c, 2)))[0]
        settings = read(client, 3, 421, 4, unit)
    else:
        c = read(client, 4, 400, 64, unit)
        value = u32(c, 6)
        value = value - (1 << 32) if value & 0x80000000 else value
        out["counter.1"] = value * 10 ** s16(c[1])
        settings = read(client, 3, 421, 36, unit)
    out["counter.1.unit"] = {0: "", 1: "Wh", 2: "varh", 3: "VAh"}[settings[0] & 3]
    client.close()
    print(json.dumps(out))


main()

"""An independent Modbus TCP slave for the tests: Debian's pymodbus 3.x serving register images.

usage: /usr/bin/python3 pymodbus_slave.py IMAGES.json tcp PORT
       /usr/bin/python3 pymodbus_slave.py IMAGES.json rtu DEVICE   (115200 8N1; needs python3-serial-asyncio)
IMAGES.json: {"UNIT": {"input": [[address, value], ...], "holding": [[address, value], ...]}, ...}
Addresses are 0-based PDU addresses (zero_mode), so the images are served exactly as given.
"""
import json
import sys
import types

try:
    import serial_asyncio  # noqa: F401
except ImportError:
    # pymodbus 3.0 imports serial_asyncio even for a TCP server; Debian only recommends the package,
    # and this slave never opens a serial port.
    stub = types.ModuleType("serial_asyncio")
    stub.create_serial_connection = None
    sys.modules["serial_asyncio"] = stub

from pymodbus.datastore import ModbusSequentialDataBlock, ModbusServerContext
from pymodbus.server import StartSerialServer, StartTcpServer

try:
    from pymodbus.datastore import ModbusSlaveContext as DeviceContext
except ImportError:  # pymodbus >= 3.10 renamed it
    from pymodbus.datastore import ModbusDeviceContext as DeviceContext


def block(pairs):
    values = [0] * 65536
    for address, value in pairs:
        values[address] = value
    return ModbusSequentialDataBlock(0, values)


def main():
    images = json.load(open(sys.argv[1]))
    mode, where = sys.argv[2], sys.argv[3]
    devices = {}
    for unit, image in images.items():
        kwargs = {"ir": block(image["input"]), "hr": block(image["holding"])}
        try:
            devices[int(unit)] = DeviceContext(zero_mode=True, **kwargs)
        except TypeError:  # newer pymodbus has no zero_mode: addresses are already 0-based
            devices[int(unit)] = DeviceContext(**kwargs)
    try:
        context = ModbusServerContext(slaves=devices, single=False)
    except TypeError:
        context = ModbusServerContext(devices=devices, single=False)
    if mode == "tcp":
        StartTcpServer(context=context, address=("127.0.0.1", int(where)))
        return
    try:
        from pymodbus.framer import FramerType
        framer = FramerType.RTU
    except ImportError:  # pymodbus 3.0
        from pymodbus.transaction import ModbusRtuFramer as framer
    StartSerialServer(context=context, framer=framer, port=where, baudrate=115200, bytesize=8, parity="N", stopbits=1)


main()

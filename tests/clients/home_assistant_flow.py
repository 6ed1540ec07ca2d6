"""Home Assistant's Iskra integration, reduced to what it asks of pyiskra (see README.md).

usage: home_assistant_flow.py rest HOST[:PORT] | modbus HOST PORT UNIT
Prints {"devices": [...]} with what was read; exits 1 on an exception or on any log record of warning or above.
"""
import asyncio
import json
import logging
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [os.path.join(HERE, "pymodbus"), os.path.join(HERE, "pyiskra")]

from pyiskra.adapters import Modbus, RestAPI  # noqa: E402
from pyiskra.devices import Device  # noqa: E402

POLLS = 2


class Collect(logging.Handler):
    """Everything Home Assistant would show in its log as a warning or an error."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.records = []

    def emit(self, record):
        self.records.append(f"{record.levelname} {record.name}: {record.getMessage()}")


def adapter(args):
    if args[0] == "rest":
        return RestAPI(ip_address=args[1])
    return Modbus(ip_address=args[1], protocol="tcp", port=int(args[2]), modbus_address=int(args[3]))


def value(measurement):
    return None if measurement is None else measurement.value


def describe(device):
    """What the integration's sensors read (sensor.py value_func) plus what pyiskra holds beside it."""
    m, c = device.measurements, device.counters
    phases = [{"U": value(p.voltage), "I": value(p.current), "P": value(p.active_power), "Q": value(p.reactive_power),
               "S": value(p.apparent_power), "PF": value(p.power_factor),
               "PF_unit": None if p.power_factor is None else p.power_factor.units}
              for p in m.phases[: device.phases]]
    return {
        "model": device.model, "serial": device.serial, "phases": device.phases,
        "frequency": value(m.frequency), "temperature": value(m.temperature),
        "P": value(m.total.active_power), "Q": value(m.total.reactive_power), "S": value(m.total.apparent_power),
        "PF": value(m.total.power_factor),
        "PF_unit": None if m.total.power_factor is None else m.total.power_factor.units,
        "phase_values": phases,
        "non_resettable": [[x.value, x.units, x.direction] for x in c.non_resettable],
        "resettable": [[x.value, x.units, x.direction] for x in c.resettable],
    }


def check(device):
    """The sensors Home Assistant creates for the device must all have a number."""
    m = device.measurements
    numbers = [m.frequency, m.total.active_power, m.total.reactive_power, m.total.apparent_power]
    for n in range(device.phases):
        p = m.phases[n]
        numbers += [p.voltage, p.current, p.active_power]
    for x in numbers:
        if x is None or not isinstance(x.value, (int, float)):
            raise SystemExit(f"{device.model} {device.serial}: a sensor value is missing: {x and x.value}")


async def main(args):
    # Config flow: the connection test reads the basic info, then the entry is created.
    info = await adapter(args).get_basic_info()
    if not info.model or not info.serial:
        raise SystemExit(f"config flow: no model/serial in {info}")
    # Setup: create and initialise the root device; a gateway brings its child devices.
    root = await Device.create_device(adapter(args))
    await root.init()
    devices = root.get_child_devices() if root.is_gateway else [root]
    if not devices:
        raise SystemExit("setup: no devices")
    # Coordinators: one per device, polled every 60 s in Home Assistant.
    for _ in range(POLLS):
        for device in devices:
            await device.update_status()
            check(device)
    return {"root": {"model": root.model, "serial": root.serial}, "devices": [describe(d) for d in devices]}


def run():
    collect = Collect()
    logging.getLogger().addHandler(collect)
    logging.getLogger().setLevel(logging.DEBUG)
    result = asyncio.run(main(sys.argv[1:]))
    print(json.dumps(result))
    for record in collect.records:
        print("LOGGED " + record, file=sys.stderr)
    return 1 if collect.records else 0


if __name__ == "__main__":
    sys.exit(run())

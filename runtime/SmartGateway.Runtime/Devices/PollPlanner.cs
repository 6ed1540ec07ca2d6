using System.Collections;
using SmartGateway.Runtime.Modbus;

namespace SmartGateway.Runtime.Devices;

/// <summary>
/// Builds a bus cycle: per device and table, the wanted values sorted by register and merged greedily
/// into reads of at most 125 registers. Two neighbouring spans merge when they touch, or when every
/// register of the gap between them is readable and reading the gap costs less wire time than the
/// extra transaction would (request, reply header, 2 × t3.5, device latency).
/// </summary>
public static class PollPlanner
{
    public static PollPlan Plan(PollDevice[] devices, BusTiming timing)
    {
        var blocks = new ArrayList();
        for (int d = 0; d < devices.Length; d++)
        {
            PlanTable(devices[d], d, RegisterTable.Input, timing, blocks);
            PlanTable(devices[d], d, RegisterTable.Holding, timing, blocks);
        }
        var plan = new PollPlan();
        plan.Blocks = new PollBlock[blocks.Count];
        for (int i = 0; i < blocks.Count; i++)
        {
            plan.Blocks[i] = (PollBlock)blocks[i]!;
            plan.PredictedCycleMicros += timing.ReadMicros(plan.Blocks[i].Count);
        }
        return plan;
    }

    private static void PlanTable(PollDevice device, int deviceIndex, byte table, BusTiming timing, ArrayList blocks)
    {
        Measurement[] all = device.Map.Measurements;
        int[] order = SortedByFirst(device, table);
        if (order.Length == 0) return;
        // The time one more transaction costs beyond its data: what a merged gap must undercut.
        long overhead = timing.ReadMicros(0);
        int start = all[order[0]].First;
        int end = all[order[0]].Last;
        var members = new ArrayList();
        members.Add(order[0]);
        for (int i = 1; i < order.Length; i++)
        {
            Measurement m = all[order[i]];
            int newEnd = m.Last > end ? m.Last : end;
            bool fits = newEnd - start + 1 <= FunctionCode.MaxReadCount;
            int gap = m.First - end - 1;
            bool merge = fits && (gap <= 0 || (device.Map.IsReadable(table, end + 1, m.First - 1) && timing.GapMicros(gap) < overhead));
            if (!merge)
            {
                blocks.Add(MakeBlock(device, deviceIndex, table, start, end, members));
                members.Clear();
                start = m.First;
                newEnd = m.Last;
            }
            end = newEnd;
            members.Add(order[i]);
        }
        blocks.Add(MakeBlock(device, deviceIndex, table, start, end, members));
    }

    private static int[] SortedByFirst(PollDevice device, byte table)
    {
        Measurement[] all = device.Map.Measurements;
        int n = 0;
        int[] order = new int[device.Wanted.Length];
        for (int i = 0; i < device.Wanted.Length; i++)
        {
            int index = device.Wanted[i];
            if (all[index].Table != table) continue;
            // Insertion sort: a device has tens of values, and duplicates are skipped here.
            bool duplicate = false;
            for (int j = 0; j < n; j++) if (order[j] == index) duplicate = true;
            if (duplicate) continue;
            int k = n++;
            while (k > 0 && all[order[k - 1]].First > all[index].First)
            {
                order[k] = order[k - 1];
                k--;
            }
            order[k] = index;
        }
        int[] result = new int[n];
        for (int i = 0; i < n; i++) result[i] = order[i];
        return result;
    }

    private static PollBlock MakeBlock(PollDevice device, int deviceIndex, byte table, int start, int end, ArrayList members)
    {
        var block = new PollBlock();
        block.DeviceIndex = deviceIndex;
        block.Unit = device.Unit;
        block.Function = table;
        block.Start = start;
        block.Count = end - start + 1;
        block.Measurements = new int[members.Count];
        for (int i = 0; i < members.Count; i++) block.Measurements[i] = (int)members[i]!;
        return block;
    }
}

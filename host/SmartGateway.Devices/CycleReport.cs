namespace SmartGateway.Devices;

/// <summary>What one poll cycle did: transactions, how many failed, wall time and the planner's prediction.</summary>
public sealed record CycleReport(int Transactions, int Failed, TimeSpan Elapsed, TimeSpan Predicted);

namespace SmartGateway.Host.Gateway;

/// <summary>Work done once per gateway tick (1 s): the rule host takes its snapshot and runs the automations.</summary>
/// <remarks>Seam: register the RuleHost as an <see cref="ITickHandler"/>; <see cref="TickService"/> calls every
/// registered handler in order. A handler must return quickly: the next tick does not wait for it.</remarks>
public interface ITickHandler
{
    void Tick(long tick, DateTimeOffset utc);
}

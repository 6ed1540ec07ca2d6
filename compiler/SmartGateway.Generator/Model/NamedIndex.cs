namespace SmartGateway.Generator.Model;

/// <summary>A name from the image (automation or input path), the C# identifier made for it and its index.</summary>
internal sealed record NamedIndex(string Name, string Identifier, int Index);

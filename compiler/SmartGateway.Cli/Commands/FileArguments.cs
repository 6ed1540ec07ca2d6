using System.CommandLine;
using System.CommandLine.Parsing;

namespace SmartGateway.Cli.Commands;

/// <summary>
/// File-list arguments take any token, so "--frobnicate" would be read as a file name; refuse
/// unknown options there as usage errors, like everywhere else ("-" alone still means stdin).
/// </summary>
internal static class FileArguments
{
    public static Argument<string[]> Create(string name, string description)
    {
        var argument = new Argument<string[]>(name) { Description = description, Arity = ArgumentArity.OneOrMore };
        argument.Validators.Add(result =>
        {
            foreach (Token token in result.Tokens)
            {
                if (token.Value.StartsWith('-') && token.Value != "-") result.AddError($"Unrecognized option '{token.Value}'.");
            }
        });
        return argument;
    }
}

using System;
using System.IO;
using SmartGateway.Firmware.Storage;
using SmartGateway.Runtime.Bytecode;
using SmartGateway.Runtime.Verify;

namespace SmartGateway.Firmware.Rules;

/// <summary>
/// Rule images on flash with verify-then-swap and rollback. An upload is written to a staging file and
/// verified with the runtime's <see cref="Verifier"/> before anything else changes; only then the running
/// image becomes the previous one and the staged one the current. A new image that fails verification is
/// refused and deleted, and the image already running keeps running. <see cref="Rollback"/> swaps back.
/// </summary>
public sealed class RuleImageStore
{
    /// <summary>The image that should run after a reboot, or null (none, or unreadable: then none runs).</summary>
    public Image LoadCurrent(out string error)
    {
        error = "";
        Image image = TryLoad(FlashPaths.Rules, out error);
        if (image != null) return image;
        // The current file is damaged (flash error, interrupted swap): fall back to the previous one.
        string firstError = error;
        image = TryLoad(FlashPaths.RulesPrevious, out error);
        error = image == null ? firstError : "current image refused (" + firstError + "), previous image loaded";
        return image;
    }

    /// <summary>Stages, verifies and activates new image bytes; on refusal nothing stored changes.</summary>
    public Image Install(byte[] bytes, out string error)
    {
        Image image;
        VerifyResult verdict = Verifier.Load(bytes, out image);
        if (!verdict.IsValid || image == null)
        {
            error = "image refused: " + verdict.ToString();
            return null;
        }
        WriteDurably(FlashPaths.RulesStaged, bytes);
        // Re-read what flash holds: a write error must not become the running image.
        Image staged = TryLoad(FlashPaths.RulesStaged, out error);
        if (staged == null)
        {
            File.Delete(FlashPaths.RulesStaged);
            return null;
        }
        if (File.Exists(FlashPaths.RulesPrevious)) File.Delete(FlashPaths.RulesPrevious);
        if (File.Exists(FlashPaths.Rules)) File.Move(FlashPaths.Rules, FlashPaths.RulesPrevious);
        File.Move(FlashPaths.RulesStaged, FlashPaths.Rules);
        error = "";
        return staged;
    }

    /// <summary>Makes the previous image current again (and the current one previous); null if there is none.</summary>
    public Image Rollback(out string error)
    {
        Image previous = TryLoad(FlashPaths.RulesPrevious, out error);
        if (previous == null) return null;
        if (File.Exists(FlashPaths.RulesStaged)) File.Delete(FlashPaths.RulesStaged);
        if (File.Exists(FlashPaths.Rules)) File.Move(FlashPaths.Rules, FlashPaths.RulesStaged);
        File.Move(FlashPaths.RulesPrevious, FlashPaths.Rules);
        if (File.Exists(FlashPaths.RulesStaged)) File.Move(FlashPaths.RulesStaged, FlashPaths.RulesPrevious);
        return previous;
    }

    private static Image TryLoad(string path, out string error)
    {
        error = "";
        if (!File.Exists(path))
        {
            error = "no image " + path;
            return null;
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e)
        {
            error = path + ": " + e.Message;
            return null;
        }
        Image image;
        VerifyResult verdict = Verifier.Load(bytes, out image);
        if (verdict.IsValid && image != null) return image;
        error = path + ": " + verdict.ToString();
        return null;
    }

    /// <summary>Write, flush, close: LittleFS has no rename-over, so callers move complete files only.</summary>
    private static void WriteDurably(string path, byte[] bytes)
    {
        if (File.Exists(path)) File.Delete(path);
        using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write))
        {
            stream.Write(bytes, 0, bytes.Length);
            stream.Flush();
        }
    }
}

using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using SmartGateway.Host.Api.Contracts;
using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Api;

/// <summary>The file manager (§4.1.10): certificates and other files in the data directory's files/ folder.</summary>
public static class FilesApi
{
    public static IEndpointRouteBuilder MapFilesApi(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/api/files").WithTags("Files");

        api.MapGet("", ListFiles).WithName(nameof(ListFiles)).WithSummary("Files on the gateway");
        api.MapGet("/{name}", DownloadFile).WithName(nameof(DownloadFile)).WithSummary("Download a file");
        api.MapPut("/{name}", UploadFile).WithName(nameof(UploadFile))
            .WithSummary($"Upload or replace a file (body = content, at most {FileArea.MaxFileBytes} bytes; {FileArea.QuotaBytes} bytes in {FileArea.MaxFiles} files in all)")
            .Accepts<byte[]>(MediaTypes.Binary).WithBodyLimit(FileArea.MaxFileBytes);
        api.MapDelete("/{name}", DeleteFile).WithName(nameof(DeleteFile)).WithSummary("Delete a file");
        return app;
    }

    public static Ok<FilesResponse> ListFiles(FileArea files) =>
        TypedResults.Ok(new FilesResponse(files.List().Select(f => new FileEntry(f.Name, f.Length)).ToList()));

    public static Results<PhysicalFileHttpResult, NotFound<ApiError>, BadRequest<ApiError>> DownloadFile(string name, FileArea files)
    {
        if (!FileArea.IsValidName(name)) return ApiResults.BadRequest(FileArea.NameRule);
        return files.Existing(name) is FileInfo file
            ? TypedResults.PhysicalFile(file.FullName, MediaTypes.Binary, name)
            : ApiResults.NotFound($"no file {name}");
    }

    /// <summary>The body streams into a temporary file as it arrives (never into memory), cut off at the
    /// room the quota leaves: 413 past the per-file limit, 507 when the File manager is full.</summary>
    public static async Task<Results<Ok<FilesResponse>, BadRequest<ApiError>, JsonHttpResult<ApiError>>> UploadFile(
        string name, HttpRequest request, FileArea files)
    {
        if (!FileArea.IsValidName(name)) return ApiResults.BadRequest(FileArea.NameRule);
        if (files.Reserve(name, request.ContentLength) is not long room)
            return ApiResults.Error(StatusCodes.Status507InsufficientStorage, "Insufficient Storage", Full());
        try
        {
            if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = room;
            await files.WriteAsync(name, request.Body, request.HttpContext.RequestAborted);
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return room < Math.Min(FileArea.MaxFileBytes, request.ContentLength ?? FileArea.MaxFileBytes)
                ? ApiResults.Error(StatusCodes.Status507InsufficientStorage, "Insufficient Storage", $"{Full()}; {room} bytes are free")
                : ApiResults.Error(StatusCodes.Status413PayloadTooLarge, "Content Too Large", $"files hold at most {FileArea.MaxFileBytes} bytes");
        }
        finally
        {
            files.Release(room);
        }
        return ListFiles(files);
    }

    public static Results<Ok<FilesResponse>, NotFound<ApiError>, BadRequest<ApiError>> DeleteFile(string name, FileArea files)
    {
        if (!FileArea.IsValidName(name)) return ApiResults.BadRequest(FileArea.NameRule);
        string path = files.PathOf(name)!;
        // A stray symbolic link is removed as a name; its target is never touched.
        if (!File.Exists(path) && new FileInfo(path).LinkTarget is null) return ApiResults.NotFound($"no file {name}");
        File.Delete(path);
        return ListFiles(files);
    }

    private static string Full() => $"the File manager holds at most {FileArea.QuotaBytes} bytes in {FileArea.MaxFiles} files";
}

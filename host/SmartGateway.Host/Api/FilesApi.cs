using Microsoft.AspNetCore.Http.HttpResults;
using SmartGateway.Host.Api.Contracts;
using SmartGateway.Host.Gateway;

namespace SmartGateway.Host.Api;

/// <summary>The file manager (§4.1.10): certificates and other files in the data directory's files/ folder.</summary>
public static class FilesApi
{
    public const long MaxFileBytes = 1 << 20;

    public static IEndpointRouteBuilder MapFilesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/files").WithTags("Files");

        api.MapGet("", ListFiles).WithName(nameof(ListFiles)).WithSummary("Files on the gateway");
        api.MapGet("/{name}", DownloadFile).WithName(nameof(DownloadFile)).WithSummary("Download a file");
        api.MapPut("/{name}", UploadFile).WithName(nameof(UploadFile)).WithSummary("Upload or replace a file (body = content)")
            .Accepts<byte[]>("application/octet-stream");
        api.MapDelete("/{name}", DeleteFile).WithName(nameof(DeleteFile)).WithSummary("Delete a file");
        return app;
    }

    public static Ok<FilesResponse> ListFiles(FileArea files) =>
        TypedResults.Ok(new FilesResponse(files.List().Select(f => new FileEntry(f.Name, f.Length)).ToList()));

    public static Results<PhysicalFileHttpResult, NotFound<ApiError>, BadRequest<ApiError>> DownloadFile(string name, FileArea files)
    {
        if (files.PathOf(name) is not string path) return ApiResults.BadRequest(FileArea.NameRule);
        return File.Exists(path) ? TypedResults.PhysicalFile(path, "application/octet-stream", name) : ApiResults.NotFound($"no file {name}");
    }

    public static async Task<Results<Ok<FilesResponse>, BadRequest<ApiError>>> UploadFile(string name, HttpRequest request, FileArea files)
    {
        if (files.PathOf(name) is null) return ApiResults.BadRequest(FileArea.NameRule);
        if (request.ContentLength > MaxFileBytes) return ApiResults.BadRequest($"files hold at most {MaxFileBytes} bytes");
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        if (buffer.Length > MaxFileBytes) return ApiResults.BadRequest($"files hold at most {MaxFileBytes} bytes");
        files.Write(name, buffer.ToArray());
        return ListFiles(files);
    }

    public static Results<Ok<FilesResponse>, NotFound<ApiError>, BadRequest<ApiError>> DeleteFile(string name, FileArea files)
    {
        if (files.PathOf(name) is not string path) return ApiResults.BadRequest(FileArea.NameRule);
        if (!File.Exists(path)) return ApiResults.NotFound($"no file {name}");
        File.Delete(path);
        return ListFiles(files);
    }
}

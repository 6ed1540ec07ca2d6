using System.Globalization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using SmartGateway.Host.Rules;

namespace SmartGateway.Host.Api;

/// <summary>Every error answer is a problem document (<c>title</c>, <c>status</c>, <c>detail</c>): the ones
/// endpoints return, and also the ones the framework makes — unknown routes, wrong methods, bodies over their
/// limit, malformed requests, exceptions — whose text never names a .NET type.</summary>
public static class ProblemAnswers
{
    public static WebApplication UseProblemAnswers(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = AnswerException, StatusCodeSelector = StatusOf });
        app.UseStatusCodePages(context => AnswerEmptyError(context.HttpContext));
        return app;
    }

    private static int StatusOf(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        CompileRefusedException { Reason: CompileRefusal.Busy } => StatusCodes.Status503ServiceUnavailable,
        CompileRefusedException => StatusCodes.Status422UnprocessableEntity,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static Task AnswerException(HttpContext context)
    {
        if (context.RequestAborted.IsCancellationRequested) return Task.CompletedTask; // nobody is listening
        Exception? exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        int status = exception is null ? StatusCodes.Status500InternalServerError : StatusOf(exception);
        string detail = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                $"the body is larger than this resource accepts ({context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize?.ToString(CultureInfo.InvariantCulture) ?? "?"} bytes)",
            BadHttpRequestException { StatusCode: StatusCodes.Status408RequestTimeout } => "the body arrived too slowly",
            BadHttpRequestException => "the request is malformed (a route or query value has the wrong form, or the body is not what this resource takes)",
            CompileRefusedException refused => refused.Message,
            _ => "the gateway could not answer this request; its log has the details",
        };
        if (exception is CompileRefusedException { Reason: CompileRefusal.Busy }) context.Response.Headers.RetryAfter = "1";
        return ApiResults.WriteProblemAsync(context, status, detail);
    }

    /// <summary>A 4xx/5xx that an endpoint or the framework sent without a body gets one.</summary>
    private static Task AnswerEmptyError(HttpContext context)
    {
        HttpRequest request = context.Request;
        string detail = context.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => $"no resource at {request.Path}",
            StatusCodes.Status405MethodNotAllowed => $"{request.Method} is not allowed on {request.Path}",
            StatusCodes.Status415UnsupportedMediaType => $"{request.Path} does not take {request.ContentType ?? "a body without Content-Type"}",
            StatusCodes.Status400BadRequest => "the request is malformed (a route or query value has the wrong form)",
            var status => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status),
        };
        return ApiResults.WriteProblemAsync(context, context.Response.StatusCode, detail);
    }
}

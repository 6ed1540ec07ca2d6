using System;
using System.Net;
using System.Text;
using nanoFramework.WebServer;
using SmartGateway.Firmware.Devices;
using SmartGateway.Firmware.Text;

namespace SmartGateway.Firmware.Rest;

/// <summary>
/// The REST resources Home Assistant's pyiskra reads (docs/SG-REST.md): GET /api, /api/devices,
/// /api/measurement/{i} and /api/counter/{i} (also the manual's plural spellings). Auth, when a user is
/// configured, is the cookie "Authorization=Basic base64(user:password)" on every request; anything else
/// gets 403 (pyiskra maps only 403 to "not authorised"). Unknown resources get 404, other methods 405.
/// Rule images arrive here too: POST /api/rules with the .sgb bytes as the body (verify-then-swap; a refused
/// image answers 400 with the verifier's reason and the running image stays), POST /api/rules/rollback.
/// </summary>
public sealed class RestApi
{
    private readonly Gateway _gateway;
    private readonly string _expectedCookie;
    private WebServer _server;

    public RestApi(Gateway gateway)
    {
        _gateway = gateway;
        string user = gateway.Config.rest_user;
        _expectedCookie = user.Length == 0 ? "" :
            "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + gateway.Config.rest_password));
    }

    public void Start()
    {
        _server = new WebServer(80, HttpProtocol.Http);
        _server.CommandReceived += OnRequest;
        _server.Start();
    }

    private void OnRequest(object sender, WebServerEventArgs e)
    {
        try
        {
            Answer(e);
        }
        catch (Exception)
        {
            WebServer.OutputHttpCode(e.Context.Response, HttpStatusCode.InternalServerError);
        }
    }

    private void Answer(WebServerEventArgs e)
    {
        HttpListenerResponse response = e.Context.Response;
        HttpListenerRequest request = e.Context.Request;
        if (!Authorised(request))
        {
            WebServer.OutputHttpCode(response, HttpStatusCode.Forbidden);
            return;
        }
        if (request.HttpMethod == "POST")
        {
            Post(request, response);
            return;
        }
        if (request.HttpMethod != "GET")
        {
            WebServer.OutputHttpCode(response, HttpStatusCode.MethodNotAllowed);
            return;
        }
        string body = Resource(request.RawUrl);
        if (body == null)
        {
            WebServer.OutputHttpCode(response, HttpStatusCode.NotFound);
            return;
        }
        response.ContentType = "application/json";
        response.StatusCode = (int)HttpStatusCode.OK;
        WebServer.OutputAsStream(response, body);
    }

    private void Post(HttpListenerRequest request, HttpListenerResponse response)
    {
        string error;
        bool done;
        if (request.RawUrl == "/api/rules") done = _gateway.InstallImage(request.ReadBody(), out error);
        else if (request.RawUrl == "/api/rules/rollback") done = _gateway.RollbackImage(out error);
        else
        {
            WebServer.OutputHttpCode(response, HttpStatusCode.NotFound);
            return;
        }
        response.ContentType = "application/json";
        response.StatusCode = (int)(done ? HttpStatusCode.OK : HttpStatusCode.BadRequest);
        JsonWriter w = new JsonWriter().BeginObject().Bool("installed", done);
        if (!done) w.String("error", error);
        else w.Number("automations", _gateway.Loop.Image.Automations.Length);
        WebServer.OutputAsStream(response, w.EndObject().ToString());
    }

    /// <summary>The JSON of a path, or null when there is no such resource.</summary>
    private string Resource(string url)
    {
        int query = url.IndexOf('?');
        string path = query >= 0 ? url.Substring(0, query) : url;
        if (path == "/api") return DeviceJson.Gateway(_gateway.Config);
        if (path == "/api/devices") return DeviceJson.Devices(_gateway.Devices);
        DeviceSlot slot = Indexed(path, "/api/measurement/");
        if (slot == null) slot = Indexed(path, "/api/measurements/");
        if (slot != null) return DeviceJson.Measurements(slot);
        slot = Indexed(path, "/api/counter/");
        if (slot == null) slot = Indexed(path, "/api/counters/");
        if (slot != null) return DeviceJson.Counters(slot);
        return null;
    }

    /// <summary>The device at index i of "prefix{i}" (docs/SG-REST.md §4.2 index space), or null.</summary>
    private DeviceSlot Indexed(string path, string prefix)
    {
        if (!path.StartsWith(prefix)) return null;
        int index;
        if (!int.TryParse(path.Substring(prefix.Length), out index) || index < 0) return null;
        return _gateway.Devices.ByIndex(index);
    }

    private bool Authorised(HttpListenerRequest request)
    {
        if (_expectedCookie.Length == 0) return true;
        string cookies = request.Headers["Cookie"];
        if (cookies == null) return false;
        string[] parts = cookies.Split(';');
        for (int i = 0; i < parts.Length; i++)
        {
            string part = parts[i].Trim();
            if (!part.StartsWith("Authorization=")) continue;
            string value = part.Substring("Authorization=".Length);
            // Clients may quote the cookie value (aiohttp does when it contains a space).
            if (value.Length >= 2 && value[0] == '"' && value[value.Length - 1] == '"') value = value.Substring(1, value.Length - 2);
            if (value == _expectedCookie) return true;
        }
        return false;
    }
}

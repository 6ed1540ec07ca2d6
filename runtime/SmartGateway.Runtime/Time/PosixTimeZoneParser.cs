namespace SmartGateway.Runtime.Time;

/// <summary>
/// Parser for POSIX TZ rules: <c>std offset [dst [offset] ,start[/time],end[/time]]</c>, names either
/// three or more letters or quoted as <c>&lt;+03&gt;</c>. A DST name without transition rules is refused:
/// POSIX leaves the default implementation-defined, and a gateway must not guess its tariff clock.
/// </summary>
internal sealed class PosixTimeZoneParser
{
    private readonly string _text;
    private int _at;
    private string _error = "";
    private int _errorAt;

    private PosixTimeZoneParser(string text)
    {
        _text = text;
    }

    public static PosixTimeZone? Parse(string text, out string error, out int errorOffset)
    {
        var p = new PosixTimeZoneParser(text == null ? "" : text);
        PosixTimeZone? zone = p.ParseZone();
        error = p._error;
        errorOffset = p._errorAt;
        return zone;
    }

    private PosixTimeZone? ParseZone()
    {
        if (_text.Length == 0) return Fail("empty time-zone rule");
        if (_text[0] == ':') return Fail("':' rules name a database entry; write the POSIX rule itself");
        string std = ParseName();
        if (std.Length == 0) return null;
        if (!ParseOffset(24, true, out int stdWest)) return null;
        var zone = new PosixTimeZone(_text, std, -stdWest);
        if (_at == _text.Length) return zone;

        string dst = ParseName();
        if (dst.Length == 0) return null;
        int dstOffset = -stdWest + 3600;
        if (_at < _text.Length && _text[_at] != ',')
        {
            if (!ParseOffset(24, true, out int dstWest)) return null;
            dstOffset = -dstWest;
        }
        if (_at == _text.Length) return Fail("daylight-saving time needs start and end rules (,start[/time],end[/time])");
        if (!Expect(',')) return null;
        TransitionRule? start = ParseRule();
        if (start == null) return null;
        if (!Expect(',')) return null;
        TransitionRule? end = ParseRule();
        if (end == null) return null;
        if (_at != _text.Length) return Fail("unexpected text after the end rule");
        zone.SetDst(dst, dstOffset, start, end);
        return zone;
    }

    private string ParseName()
    {
        int begin = _at;
        if (_at < _text.Length && _text[_at] == '<')
        {
            _at++;
            int inner = _at;
            while (_at < _text.Length && _text[_at] != '>')
            {
                char c = _text[_at];
                if (!IsLetter(c) && !IsDigit(c) && c != '+' && c != '-') { Fail("'" + c.ToString() + "' is not allowed in a quoted zone name"); return ""; }
                _at++;
            }
            if (_at == _text.Length) { FailAt(begin, "quoted zone name is not closed with '>'"); return ""; }
            if (_at - inner < 3) { FailAt(begin, "a zone name has at least three characters"); return ""; }
            _at++;
            return _text.Substring(inner, _at - 1 - inner);
        }
        while (_at < _text.Length && IsLetter(_text[_at])) _at++;
        if (_at - begin < 3) { FailAt(begin, "expected a zone name of at least three letters"); return ""; }
        return _text.Substring(begin, _at - begin);
    }

    /// <summary>[+-]hh[:mm[:ss]] with hours up to maxHours; seconds out.</summary>
    private bool ParseOffset(int maxHours, bool required, out int seconds)
    {
        seconds = 0;
        int begin = _at;
        int sign = 1;
        if (_at < _text.Length && (_text[_at] == '+' || _text[_at] == '-'))
        {
            if (_text[_at] == '-') sign = -1;
            _at++;
        }
        if (!ParseNumber(3, out int hours)) { if (required) FailAt(begin, "expected an offset such as -1 or 5:30"); return false; }
        if (hours > maxHours) { FailAt(begin, "hours must be at most " + maxHours.ToString()); return false; }
        int minutes = 0;
        int secs = 0;
        if (_at < _text.Length && _text[_at] == ':')
        {
            _at++;
            int m0 = _at;
            if (!ParseNumber(2, out minutes) || minutes > 59) { FailAt(m0, "expected minutes 00–59"); return false; }
            if (_at < _text.Length && _text[_at] == ':')
            {
                _at++;
                int s0 = _at;
                if (!ParseNumber(2, out secs) || secs > 59) { FailAt(s0, "expected seconds 00–59"); return false; }
            }
        }
        seconds = sign * (hours * 3600 + minutes * 60 + secs);
        return true;
    }

    private TransitionRule? ParseRule()
    {
        int begin = _at;
        TransitionRule? rule;
        if (_at < _text.Length && _text[_at] == 'J')
        {
            _at++;
            if (!ParseNumber(3, out int n) || n < 1 || n > 365) return FailRule(begin, "Jn needs n from 1 to 365");
            rule = Timed(TransitionRule.JulianNoLeap, 0, 0, n);
        }
        else if (_at < _text.Length && _text[_at] == 'M')
        {
            _at++;
            if (!ParseNumber(2, out int m) || m < 1 || m > 12) return FailRule(begin, "Mm.w.d needs a month from 1 to 12");
            if (!Expect('.')) return null;
            if (!ParseNumber(1, out int w) || w < 1 || w > 5) return FailRule(begin, "Mm.w.d needs a week from 1 to 5");
            if (!Expect('.')) return null;
            if (!ParseNumber(1, out int d) || d > 6) return FailRule(begin, "Mm.w.d needs a weekday from 0 (Sunday) to 6");
            rule = Timed(TransitionRule.MonthWeekDay, m, w, d);
        }
        else
        {
            if (!ParseNumber(3, out int n) || n > 365) return FailRule(begin, "expected Jn, n or Mm.w.d");
            rule = Timed(TransitionRule.ZeroBasedDay, 0, 0, n);
        }
        return rule;
    }

    private TransitionRule? Timed(int kind, int month, int week, int day)
    {
        int time = 7200; // POSIX default 02:00:00
        if (_at < _text.Length && _text[_at] == '/')
        {
            _at++;
            if (!ParseOffset(167, true, out time)) return null;
        }
        return new TransitionRule(kind, month, week, day, time);
    }

    private bool ParseNumber(int maxDigits, out int value)
    {
        value = 0;
        int begin = _at;
        while (_at < _text.Length && IsDigit(_text[_at]) && _at - begin < maxDigits)
        {
            value = value * 10 + (_text[_at] - '0');
            _at++;
        }
        return _at > begin;
    }

    private bool Expect(char c)
    {
        if (_at < _text.Length && _text[_at] == c)
        {
            _at++;
            return true;
        }
        Fail("expected '" + c.ToString() + "'");
        return false;
    }

    private PosixTimeZone? Fail(string message)
    {
        FailAt(_at, message);
        return null;
    }

    private TransitionRule? FailRule(int at, string message)
    {
        FailAt(at, message);
        return null;
    }

    private void FailAt(int at, string message)
    {
        if (_error.Length != 0) return;
        _error = message;
        _errorAt = at;
    }

    private static bool IsLetter(char c) => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}

namespace SearchService.Api.Tests.Web;

/// <summary>A test that drives Debian's Chromium. Without the browser it is skipped with the reason on a
/// developer machine, but runs (and fails) in CI, where a missing browser is a broken set-up.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!Browser.IsInstalled && !Browser.IsCi)
        {
            Skip = $"Chromium is not installed at {Browser.ChromiumPath}: browser tests skipped. Install it with `apt-get install chromium` (as .ci/run does); with CI=true they fail instead.";
        }
    }
}

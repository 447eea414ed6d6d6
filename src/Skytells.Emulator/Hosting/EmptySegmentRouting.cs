using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Skytells.Emulator.Hosting;

/// <summary>
/// Routing that treats empty path segments as absent ("/v1//models" is "/v1/models"), as the emulator always has:
/// routing matches on the collapsed path, and the endpoint sees (and records) the path as it arrived.
/// </summary>
internal static class EmptySegmentRouting
{
    public static void UseRoutingIgnoringEmptySegments(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var path = context.Request.Path.Value ?? "/";
            if (path.Contains("//", StringComparison.Ordinal))
            {
                context.Items[typeof(EmptySegmentRouting)] = context.Request.Path;
                context.Request.Path = "/" + string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries));
            }

            return next(context);
        });
        app.UseRouting();
        app.Use((context, next) =>
        {
            if (context.Items.Remove(typeof(EmptySegmentRouting), out var arrived) && arrived is PathString original)
            {
                context.Request.Path = original;
            }

            return next(context);
        });
    }
}

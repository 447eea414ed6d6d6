namespace Skytells;

/// <summary>
/// Model ids known to this release. Each constant is also an entry of the model catalog,
/// which records the model's kind and whether the Edge gateway serves it.
/// </summary>
#if SKYTELLS_INTERNAL_CATALOG
internal
#else
public
#endif
static class SkytellsModels
{
    /// <summary>TrueFusion Edge: image, Edge-capable (typically under 1.5 s on Edge).</summary>
    public const string TrueFusionEdge = "truefusion-edge";

    /// <summary>FLUX.1 Edge: image, Edge-capable (typically under 2 s on Edge).</summary>
    public const string Flux1Edge = "flux-1-edge";

    /// <summary>TrueFusion standard image model (Standard gateway only).</summary>
    public const string TrueFusion = "truefusion";

    /// <summary>TrueFusion Pro: high-quality final renders (Standard gateway only).</summary>
    public const string TrueFusionPro = "truefusion-pro";

    /// <summary>TrueFusion Ultra image model (Standard gateway only).</summary>
    public const string TrueFusionUltra = "truefusion-ultra";

    /// <summary>TrueFusion X image model (Standard gateway only).</summary>
    public const string TrueFusionX = "truefusion-x";

    /// <summary>TrueFusion 2.0 image model (Standard gateway only).</summary>
    public const string TrueFusion2 = "truefusion-2";

    /// <summary>TrueFusion Video Pro: text/image to video (Standard gateway only).</summary>
    public const string TrueFusionVideoPro = "truefusion-video-pro";

    /// <summary>FLUX Pro image model (Standard gateway only).</summary>
    public const string FluxPro = "flux-pro";

    /// <summary>FLUX.2 Pro image model (Standard gateway only).</summary>
    public const string Flux2Pro = "FLUX.2-pro";

    /// <summary>FLUX 2.0 image model (Standard gateway only).</summary>
    public const string Flux20 = "FLUX-2.0";

    /// <summary>FLUX Fast image model (Standard gateway only).</summary>
    public const string FluxFast = "flux-fast";

    /// <summary>GPT Image 1, partner image model (Standard gateway only).</summary>
    public const string GptImage1 = "gpt-image-1";

    /// <summary>Veo 3.1 video model (Standard gateway only).</summary>
    public const string Veo31 = "veo-3.1";

    /// <summary>Veo 3.1 Fast video model (Standard gateway only).</summary>
    public const string Veo31Fast = "veo-3.1-fast";

    /// <summary>Sora 2 video model (Standard gateway only).</summary>
    public const string Sora2 = "sora-2";

    /// <summary>BeatFusion 2.0 music model (Standard gateway only).</summary>
    public const string BeatFusion20 = "beatfusion-2.0";

    /// <summary>BeatFusion music model (Standard gateway only).</summary>
    public const string BeatFusion = "beatfusion";

    /// <summary>DeepBrain router: the default chat model; chat completions are served on Edge.</summary>
    public const string DeepBrainRouter = "deepbrain-router";

    /// <summary>GPT-5 chat model.</summary>
    public const string Gpt5 = "gpt-5";

    /// <summary>GPT-5.4 chat model.</summary>
    public const string Gpt54 = "gpt-5.4";

    /// <summary>GPT-5 nano chat model.</summary>
    public const string Gpt5Nano = "gpt-5-nano";

    /// <summary>GPT-5.3 Codex model (Responses API).</summary>
    public const string Gpt53Codex = "gpt-5.3-codex";

    /// <summary>text-embedding-3-small embedding model (Standard gateway only).</summary>
    public const string TextEmbedding3Small = "text-embedding-3-small";
}

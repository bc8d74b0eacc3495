namespace StaticCatalog.Rendering.ViewModels;

/// <summary>The limits of one service on the limits index; <see cref="Service"/> is null for limits of no service.</summary>
public sealed record LimitGroupView(string Name, LinkView? Service, IReadOnlyList<LimitView> Limits);

namespace Insights.Warehouse;

/// <summary>
/// The models as a declared graph: each model's "-- inputs:" header names the relations it reads (other models, the temporary
/// tables a batch step declares in its "-- outputs:" header, or source tables a migration creates: raw_*, etl_*, ref_*). The
/// models are sorted so each comes after its inputs (ties broken by layer, then name); a cycle, an input nothing provides, or
/// an input from a higher layer is refused when the graph is made, naming the models.
/// </summary>
public sealed class ModelGraph
{
    readonly Dictionary<string, Model> _byName;
    readonly Dictionary<string, Model> _producers;           // relation -> the model that builds it (its name, or a batch output)

    ModelGraph(IReadOnlyList<Model> ordered, Dictionary<string, Model> byName, Dictionary<string, Model> producers, IReadOnlySet<string> sources)
    {
        Models = ordered;
        _byName = byName;
        _producers = producers;
        Sources = sources;
    }

    /// <summary>The models in build order: every model after the models it reads.</summary>
    public IReadOnlyList<Model> Models { get; }

    /// <summary>The source tables the models read (created by migrations, landed or seeded, never built by a model).</summary>
    public IReadOnlySet<string> Sources { get; }

    /// <summary>The model called <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No model has that name.</exception>
    public Model this[string name] => _byName.TryGetValue(name, out var model) ? model
        : throw new ArgumentException($"There is no model \"{name}\". Models: {string.Join(", ", _byName.Keys.Order(StringComparer.Ordinal))}.", nameof(name));

    /// <summary>
    /// Makes the graph of <paramref name="models"/>, whose inputs may also name <paramref name="sources"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">A header names nothing known, a higher layer, or the models form a cycle.</exception>
    public static ModelGraph Create(IEnumerable<Model> models, IEnumerable<string> sources)
    {
        var byName = new Dictionary<string, Model>(StringComparer.Ordinal);
        var producers = new Dictionary<string, Model>(StringComparer.Ordinal);
        foreach (var model in models)
        {
            if (model.LayerIndex < 0) throw new InvalidOperationException($"Model {model.Name} sits in unknown layer \"{model.Layer}\".");
            if (!byName.TryAdd(model.Name, model)) throw new InvalidOperationException($"Two models are called {model.Name}.");
            foreach (var relation in model.Outputs.Prepend(model.Name))
                if (!producers.TryAdd(relation, model))
                    throw new InvalidOperationException($"Models {producers[relation].Name} and {model.Name} both build {relation}.");
        }
        var sourceSet = sources.Where(s => !producers.ContainsKey(s)).ToHashSet(StringComparer.Ordinal);
        foreach (var model in byName.Values)
        {
            if (model.Layer != "staging" && model.Inputs.Count == 0)
                throw new InvalidOperationException($"Model {model.Name} names no inputs: add a \"-- inputs: ...\" header line.");
            foreach (var input in model.Inputs)
            {
                if (producers.TryGetValue(input, out var producer))
                {
                    if (producer.LayerIndex > model.LayerIndex)
                        throw new InvalidOperationException($"Model {model.Name} ({model.Layer}) reads {input} from the higher layer {producer.Layer}.");
                }
                else if (!sourceSet.Contains(input))
                    throw new InvalidOperationException($"Model {model.Name} names input {input}, which no model builds and no migration creates.");
            }
        }
        return new ModelGraph(Sort(byName.Values, producers), byName, producers, sourceSet);
    }

    /// <summary>The model that builds <paramref name="relation"/> (its own table, or a batch step's output); null for a source.</summary>
    public Model? ProducerOf(string relation) => _producers.GetValueOrDefault(relation);

    /// <summary>The models that <paramref name="names"/> read, directly or through other models (not the named ones themselves).</summary>
    public IReadOnlySet<string> Upstream(IEnumerable<string> names)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(names.Select(n => this[n].Name));
        while (pending.TryPop(out var name))
            foreach (var input in this[name].Inputs)
                if (_producers.TryGetValue(input, out var producer) && found.Add(producer.Name))
                    pending.Push(producer.Name);
        return found;
    }

    /// <summary>The models that read any of <paramref name="relations"/> (sources or models), directly or through other models.</summary>
    public IReadOnlySet<string> Downstream(IEnumerable<string> relations)
    {
        var changed = relations.ToHashSet(StringComparer.Ordinal);
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var model in Models)                        // in build order, every input's model is decided before its readers
            if (model.Inputs.Any(changed.Contains))
            {
                found.Add(model.Name);
                changed.Add(model.Name);
                foreach (var output in model.Outputs) changed.Add(output);
            }
        return found;
    }

    // Kahn's sort, always taking the ready model lowest by (layer, name): where the file order is already valid it is kept.
    static List<Model> Sort(IEnumerable<Model> models, Dictionary<string, Model> producers)
    {
        var needs = models.ToDictionary(m => m.Name,
            m => m.Inputs.Where(producers.ContainsKey).Select(i => producers[i].Name).Where(n => n != m.Name).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        var all = models.ToDictionary(m => m.Name, StringComparer.Ordinal);
        var ready = new SortedSet<Model>(Comparer<Model>.Create((a, b) =>
            a.LayerIndex != b.LayerIndex ? a.LayerIndex.CompareTo(b.LayerIndex) : string.CompareOrdinal(a.Name, b.Name)));
        foreach (var (name, inputs) in needs)
            if (inputs.Count == 0) ready.Add(all[name]);
        var ordered = new List<Model>();
        while (ready.Min is { } next)
        {
            ready.Remove(next);
            ordered.Add(next);
            foreach (var (name, inputs) in needs)
                if (inputs.Remove(next.Name) && inputs.Count == 0) ready.Add(all[name]);
        }
        if (ordered.Count < all.Count)
            throw new InvalidOperationException("Models form a cycle: " + Cycle(needs.Where(n => n.Value.Count > 0).ToDictionary()));
        return ordered;
    }

    // one cycle among the models left unsorted, as "a -> b -> a"
    static string Cycle(Dictionary<string, HashSet<string>> blocked)
    {
        var path = new List<string> { blocked.Keys.Order(StringComparer.Ordinal).First() };
        while (true)
        {
            var next = blocked[path[^1]].Where(blocked.ContainsKey).Order(StringComparer.Ordinal).First();
            var seen = path.IndexOf(next);
            if (seen >= 0) return string.Join(" -> ", path.Skip(seen).Append(next));
            path.Add(next);
        }
    }
}

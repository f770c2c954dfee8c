// Writes the public surface of .NET Framework 4.5 (names only) as JSON, read from Microsoft's reference
// assemblies (NuGet Microsoft.NETFramework.ReferenceAssemblies.net45) with System.Reflection.Metadata: the
// assemblies are read as data, never loaded. Usage: dotnet run --project tools/dotnet-inventory -- <output.json[.gz]>
using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.Encodings.Web;
using System.Text.Json;

const string PackageId = "Microsoft.NETFramework.ReferenceAssemblies.net45";
const string PackageVersion = "1.0.2";

// The assemblies a Windows PowerShell script reaches: the ones PowerShell loads into every session (mscorlib,
// System, System.Core, System.Xml, System.Management, System.DirectoryServices, System.Configuration,
// System.Data, System.Transactions, System.Numerics) and the ones scripts commonly load with
// Add-Type -AssemblyName for web, JSON, zip, security and account work.
string[] assemblies =
[
    "mscorlib", "System", "System.Core", "System.Xml", "System.Xml.Linq", "System.Management",
    "System.DirectoryServices", "System.DirectoryServices.AccountManagement", "System.Configuration", "System.Data",
    "System.Transactions", "System.Numerics", "System.Security", "System.Net.Http", "System.IO.Compression",
    "System.IO.Compression.FileSystem", "System.Web.Extensions", "System.Runtime.Serialization", "System.Web",
    "System.ServiceProcess", "Microsoft.CSharp",
];

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: dotnet run --project tools/dotnet-inventory -- <output.json>");
    return 2;
}
var packagePath = typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
    .Single(a => a.Key == "ReferenceAssembliesPath").Value!;
var directory = Path.Combine(packagePath, "build", ".NETFramework", "v4.5");

var types = new SortedDictionary<string, TypeEntry>(StringComparer.Ordinal);
foreach (var assembly in assemblies)
{
    using var stream = File.OpenRead(Path.Combine(directory, assembly + ".dll"));
    using var pe = new PEReader(stream);
    var md = pe.GetMetadataReader();
    foreach (var handle in md.TypeDefinitions)
    {
        var type = md.GetTypeDefinition(handle);
        if (!IsVisible(md, type)) continue;
        var entry = new TypeEntry { Assembly = assembly, Base = BaseName(md, type.BaseType) };
        if ((type.Attributes & TypeAttributes.Interface) != 0) entry.Kind = "interface";
        else if (entry.Base == "System.Enum") entry.Kind = "enum";
        else if (entry.Base is "System.ValueType") entry.Kind = "struct";
        var isAbstract = (type.Attributes & TypeAttributes.Abstract) != 0;
        foreach (var mh in type.GetMethods())
        {
            var m = md.GetMethodDefinition(mh);
            if ((m.Attributes & MethodAttributes.MemberAccessMask) is not (MethodAttributes.Public or MethodAttributes.Family or MethodAttributes.FamORAssem)) continue;
            if ((m.Attributes & MethodAttributes.MemberAccessMask) != MethodAttributes.Public) continue;
            var name = md.GetString(m.Name);
            var isStatic = (m.Attributes & MethodAttributes.Static) != 0;
            if (name == ".ctor")
            {
                if (!isAbstract) entry.Constructors.Add(m.GetParameters().Count(p => md.GetParameter(p).SequenceNumber > 0));
                continue;
            }
            if (name == ".cctor") continue;
            // Accessors appear as properties and events; operators stay (op_Addition is callable as [T]::op_Addition).
            if ((m.Attributes & MethodAttributes.SpecialName) != 0 && (name.StartsWith("get_") || name.StartsWith("set_") || name.StartsWith("add_") || name.StartsWith("remove_"))) continue;
            (isStatic ? entry.Static : entry.Instance).Add(name);
        }
        foreach (var ph in type.GetProperties())
        {
            var p = md.GetPropertyDefinition(ph);
            var accessors = p.GetAccessors();
            var accessor = !accessors.Getter.IsNil ? accessors.Getter : accessors.Setter;
            if (accessor.IsNil) continue;
            var am = md.GetMethodDefinition(accessor);
            if ((am.Attributes & MethodAttributes.MemberAccessMask) != MethodAttributes.Public)
            {
                var other = accessor == accessors.Getter ? accessors.Setter : accessors.Getter;
                if (other.IsNil) continue;
                am = md.GetMethodDefinition(other);
                if ((am.Attributes & MethodAttributes.MemberAccessMask) != MethodAttributes.Public) continue;
            }
            ((am.Attributes & MethodAttributes.Static) != 0 ? entry.Static : entry.Instance).Add(md.GetString(p.Name));
        }
        foreach (var fh in type.GetFields())
        {
            var f = md.GetFieldDefinition(fh);
            if ((f.Attributes & FieldAttributes.FieldAccessMask) != FieldAttributes.Public) continue;
            if ((f.Attributes & FieldAttributes.SpecialName) != 0) continue; // an enum's value__
            ((f.Attributes & FieldAttributes.Static) != 0 ? entry.Static : entry.Instance).Add(md.GetString(f.Name));
        }
        foreach (var eh in type.GetEvents())
        {
            var e = md.GetEventDefinition(eh);
            var adder = e.GetAccessors().Adder;
            if (adder.IsNil) continue;
            var am = md.GetMethodDefinition(adder);
            if ((am.Attributes & MethodAttributes.MemberAccessMask) != MethodAttributes.Public) continue;
            ((am.Attributes & MethodAttributes.Static) != 0 ? entry.Static : entry.Instance).Add(md.GetString(e.Name));
        }
        types[FullName(md, type)] = entry;
    }
}

var output = new Dictionary<string, object>
{
    ["description"] = "Public types of .NET Framework 4.5 and their public members, names only: s = static members " +
        "(methods, properties, fields, events), i = instance members, c = public constructors' parameter counts, " +
        "b = base type, a = assembly (index into assemblies), k = interface/enum/struct. Regenerate with " +
        "`npm run inventory:dotnet`; see docs/compatibility.md.",
    ["package"] = new { id = PackageId, version = PackageVersion, path = "build/.NETFramework/v4.5" },
    ["assemblies"] = assemblies,
    ["types"] = types.ToDictionary(t => t.Key, t => t.Value.ToJson(assemblies)),
};
var json = JsonSerializer.Serialize(output, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
// One type per line: reviewable diffs when the package or the assembly list changes.
json = json.Replace("},\"System.", "},\n\"System.").Replace("},\"Microsoft.", "},\n\"Microsoft.");
var bytes = System.Text.Encoding.UTF8.GetBytes(json + "\n");
if (args[0].EndsWith(".gz"))
{
    // gzip keeps the shipped file near 160 KB (1 MB as text); the check reads it with zlib.
    using var file = File.Create(args[0]);
    using var gzip = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.SmallestSize);
    gzip.Write(bytes);
}
else
{
    File.WriteAllBytes(args[0], bytes);
}
Console.WriteLine($"{args[0]}: {types.Count} types from {assemblies.Length} assemblies of {PackageId} {PackageVersion}");
return 0;

static bool IsVisible(MetadataReader md, TypeDefinition type)
{
    var visibility = type.Attributes & TypeAttributes.VisibilityMask;
    if (visibility == TypeAttributes.Public) return true;
    if (visibility != TypeAttributes.NestedPublic) return false;
    return IsVisible(md, md.GetTypeDefinition(type.GetDeclaringType()));
}

static string FullName(MetadataReader md, TypeDefinition type)
{
    var name = md.GetString(type.Name);
    if (type.IsNested) return FullName(md, md.GetTypeDefinition(type.GetDeclaringType())) + "+" + name;
    var ns = md.GetString(type.Namespace);
    return ns.Length == 0 ? name : ns + "." + name;
}

static string? BaseName(MetadataReader md, EntityHandle handle)
{
    if (handle.IsNil) return null;
    switch (handle.Kind)
    {
        case HandleKind.TypeDefinition:
            return FullName(md, md.GetTypeDefinition((TypeDefinitionHandle)handle));
        case HandleKind.TypeReference:
            var reference = md.GetTypeReference((TypeReferenceHandle)handle);
            var name = md.GetString(reference.Name);
            if (reference.ResolutionScope.Kind == HandleKind.TypeReference)
                return BaseName(md, (TypeReferenceHandle)reference.ResolutionScope) + "+" + name;
            var ns = md.GetString(reference.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        case HandleKind.TypeSpecification:
            // A generic instantiation such as Collection<T>: its generic type definition.
            var spec = md.GetTypeSpecification((TypeSpecificationHandle)handle);
            var blob = md.GetBlobReader(spec.Signature);
            if (blob.ReadSignatureTypeCode() != SignatureTypeCode.GenericTypeInstance) return null;
            blob.ReadSignatureTypeCode();
            return BaseName(md, blob.ReadTypeHandle());
        default:
            return null;
    }
}

class TypeEntry
{
    public string Assembly = "";
    public string? Base;
    public string? Kind;
    public SortedSet<string> Static = new(StringComparer.Ordinal);
    public SortedSet<string> Instance = new(StringComparer.Ordinal);
    public SortedSet<int> Constructors = new();

    public Dictionary<string, object> ToJson(string[] assemblies)
    {
        var json = new Dictionary<string, object> { ["a"] = Array.IndexOf(assemblies, Assembly) };
        if (Kind != null) json["k"] = Kind;
        if (Base != null && Base != "System.Object") json["b"] = Base;
        if (Constructors.Count > 0) json["c"] = Constructors;
        if (Static.Count > 0) json["s"] = Static;
        if (Instance.Count > 0) json["i"] = Instance;
        return json;
    }
}

partial class Program;

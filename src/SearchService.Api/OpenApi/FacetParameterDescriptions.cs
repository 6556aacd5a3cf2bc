using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using SearchService.Api.Search;
using SearchService.Core.Indexing;

namespace SearchService.Api.OpenApi;

/// <summary>Describes the facet filter parameters of an endpoint (<see cref="FacetFilterParameters"/>) in
/// the OpenAPI document, from the descriptors: they are read from the query string by the facet list,
/// so reflection over the endpoint's parameters does not see them.</summary>
internal static class FacetParameterDescriptions
{
    // What a year parameter's schema says, as ASP.NET describes a bound int.
    private const string IntegerPattern = "^-?(?:0|[1-9]\\d*)$";

    public static void Apply(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<FacetFilterParameters>().FirstOrDefault() is not { } filters)
        {
            return;
        }
        operation.Parameters ??= [];
        // After the endpoint's own parameters, before what highlighting marks, as the named parameters were.
        var at = operation.Parameters.Select((p, i) => (p, i)).FirstOrDefault(x => x.p.Name == "highlight", (null!, operation.Parameters.Count)).Item2;
        foreach (var facet in filters.Of(context.ApplicationServices))
        {
            operation.Parameters.Insert(at++, new OpenApiParameter
            {
                Name = facet.Field,
                In = ParameterLocation.Query,
                Description = facet.Description,
                Schema = facet.Rule.IsYear
                    ? new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.String, Format = "int32", Pattern = IntegerPattern }
                    : new OpenApiSchema { Type = JsonSchemaType.String },
                Example = Example(facet),
            });
        }
    }

    /// <summary>The facet's example value as the parameter's type (a number for a year).</summary>
    public static JsonNode? Example(MetadataFacet facet) =>
        facet.Example is not { } example ? null
            : facet.Rule.IsYear ? JsonValue.Create(int.Parse(example, CultureInfo.InvariantCulture)) : JsonValue.Create(example);
}

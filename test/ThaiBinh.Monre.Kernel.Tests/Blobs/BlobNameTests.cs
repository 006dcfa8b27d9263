using ThaiBinh.Monre.Kernel.Blobs;
using ThaiBinh.Monre.Kernel.ErrorHandling;

namespace ThaiBinh.Monre.Kernel.Tests.Blobs;

public sealed class BlobNameTests
{
    public static TheoryData<string> BadNames => new()
    {
        "", "../x", "/etc/passwd", "a\\b", "a/../b", "..", ".", "a/./b", "a//b", "a/", "x\u0000y", "line\nbreak", "tab\t",
        "hồ-sơ.pdf", "a b", "a:b", "~tmp", new string('a', BlobName.MaxLength + 1),
    };

    [Theory]
    [InlineData("abc.pdf")]
    [InlineData("2026/11/abc.pdf")]
    [InlineData("dossier-scans")]
    [InlineData("A_b-C.d.e")]
    [InlineData("..hidden")]
    public void Paths_of_safe_segments_are_valid(string name) => BlobName.IsValid(name).ShouldBeTrue();

    [Fact]
    public void A_name_of_exactly_the_maximum_length_is_valid() => BlobName.IsValid(new string('a', BlobName.MaxLength)).ShouldBeTrue();

    [Theory]
    [MemberData(nameof(BadNames))]
    public void Unsafe_names_are_refused_with_InvalidName(string name)
    {
        var error = Should.Throw<BusinessException>(() => BlobName.Validate(name));
        error.Code.ShouldBe(KernelErrorCodes.BlobInvalidName);
        error.StatusCode.ShouldBe(400);
    }

    [Fact]
    public void The_refusal_names_the_bad_name_with_control_characters_escaped()
    {
        var error = Should.Throw<BusinessException>(() => BlobName.Validate("x\u0001/../y"));
        error.MessageKey.ShouldBe("Kernel:Blobs:InvalidName");
        error.Arguments.ShouldBe(["x\\u0001/../y"]);
    }

    [Theory]
    [InlineData(typeof(DossierScans), "dossier-scans")]
    [InlineData(typeof(NamedByAttribute), "custom-name")]
    [InlineData(typeof(XMLReports), "xml-reports")]
    public void Container_names_come_from_the_attribute_or_the_kebab_cased_type_name(Type type, string expected) =>
        BlobContainerNameAttribute.GetName(type).ShouldBe(expected);

    private sealed class DossierScans;

    [BlobContainerName("custom-name")]
    private sealed class NamedByAttribute;

    private sealed class XMLReports;
}

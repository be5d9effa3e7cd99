namespace Oasis.Standards.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Assembly_loads() => Assert.Equal("Oasis.Standards", typeof(Oasis.Standards.Marker).Assembly.GetName().Name);
}

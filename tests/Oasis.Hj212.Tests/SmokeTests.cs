namespace Oasis.Hj212.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Assembly_loads() => Assert.Equal("Oasis.Hj212", typeof(Oasis.Hj212.Marker).Assembly.GetName().Name);
}

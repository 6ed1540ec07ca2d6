using System.Text;
using SmartGateway.Runtime.Bytecode;

namespace SmartGateway.Runtime.Tests;

public class Crc32Tests
{
    [Fact]
    public void CheckValueOfTheStandardTestStringIs0xCBF43926() =>
        Assert.Equal(0xCBF43926u, Crc32.Compute(Encoding.ASCII.GetBytes("123456789"), 0, 9));
}

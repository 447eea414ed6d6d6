using System;

namespace Skytells;

/// <summary>A saved model list that is not the API's <c>GET /models</c> format; says where and what is wrong.</summary>
internal sealed class ModelListFormatException : Exception
{
    internal ModelListFormatException(string problem, int line, int column)
        : base($"({line},{column}): {problem}")
    {
        Problem = problem;
        Line = line;
        Column = column;
    }

    /// <summary>What is wrong, without the position.</summary>
    public string Problem { get; }

    /// <summary>The 1-based line of the problem.</summary>
    public int Line { get; }

    /// <summary>The 1-based column of the problem.</summary>
    public int Column { get; }
}

// Oasis.Standards: pure computation by the national standards. No I/O, no dependencies.
[assembly: System.CLSCompliant(false)]

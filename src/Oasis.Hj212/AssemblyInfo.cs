// Oasis.Hj212: the HJ 212-2017 (and HJ/T 212-2005) codec. Pure over spans; no sockets.
[assembly: System.CLSCompliant(false)]

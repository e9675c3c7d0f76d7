/* With gear=low the low-gear clones are the program: GCC splits them
   into hot and cold parts like any function, and the function table
   records where each cold part starts (cold-part.c's functions).  */
/* { dg-do compile } */
/* { dg-options "-O2 -fplugin-arg-gearshift-gear=low" } */

#include "cold-part.c"

/* { dg-final { scan-gearshift-file cold-part-low.s {\ng\.gs_low\.cold:\n(?:[^\n]*\n)*?[^\n]*call\th(?:@PLT)?\n} } } */
/* { dg-final { scan-gearshift-file cold-part-low.s {\t\.quad\tf\n\t\.quad\tf\.gs_low\n\t\.quad\t0\n\t\.quad\t(?:0|f\.cold)\n\t\.quad\tf\.gs_low\.cold\n} } } */
/* { dg-final { scan-gearshift-file cold-part-low.s {\t\.quad\tg\n\t\.quad\tg\.gs_low\n\t\.quad\t0\n\t\.quad\t(?:0|g\.cold)\n\t\.quad\tg\.gs_low\.cold\n} } } */

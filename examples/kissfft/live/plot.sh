#!/bin/sh
# Plot the iteration times of the shifting-gears demo (run.sh): the whole
# run above, the update and the low-gear phase close up below.
# Usage: sh plot.sh DATA PNG
# DATA: lines "START-MS DURATION-US PHASE LOW-FRAMES", PHASE one of 1 (version
# 1, high gear), U (the update's iteration), L (low gear), 2 (version 2).
set -eu
[ $# = 2 ] || { echo "usage: plot.sh DATA PNG" >&2; exit 2; }
# The whole run's y range leaves out the rarest outliers (drawn at the
# top edge); the close-up spans the update and the low-gear phase.
eval "$(awk '$3 != "U" { print $2 }' "$1" | sort -n \
	| awk '{ v[NR] = $1 } END { printf "cap=%.0f\n", v[int(NR * 0.995)] * 1.5 }')"
eval "$(awk '$3 == "U" { u = $1; ud = $2 } $3 == "L" { l = $1 }
	     END { if (!l) l = u; w = (l - u) * 0.25 + 5;
		   printf "zlo=%.1f zhi=%.1f ztop=%.0f\n", u - w, l + w,
			  ud * 1.15 }' "$1")"
[ "$ztop" -gt "$cap" ] || ztop=$cap
gnuplot <<EOG
set terminal pngcairo size 1100,900 font "sans,11"
set output "$2"
set multiplot layout 2,1 title "gearshift: a KissFFT spectrum analyser updated live from version 1 to version 2"
set xlabel "time since start (ms)"
set ylabel "iteration time (us)"
set y2label "functions in low gear"
set y2range [0:8]
set y2tics 1
set ytics nomirror
set key below maxrows 2
set grid ytics
clip(y) = y > $cap ? $cap : y
set yrange [0:$cap]
set title "the whole run (times above $cap us drawn at the top)"
plot "$1" using 1:(strcol(3) eq "1" ? clip(\$2) : 1/0) with points pt 7 ps 0.3 lc rgb "#1f77b4" title "version 1, high gear", \
     "$1" using 1:(strcol(3) eq "L" ? clip(\$2) : 1/0) with points pt 7 ps 0.3 lc rgb "#ff7f0e" title "low gear: the stack's functions finishing", \
     "$1" using 1:(strcol(3) eq "2" ? clip(\$2) : 1/0) with points pt 7 ps 0.3 lc rgb "#2ca02c" title "version 2, high gear", \
     "$1" using 1:(strcol(3) eq "U" ? clip(\$2) : 1/0) with impulses lw 3 lc rgb "#d62728" title "the update's iteration (with the pause)", \
     "$1" using 1:4 axes x1y2 with steps lw 1.5 lc rgb "#555555" title "functions in low gear (main stays there)"
set title "close-up: the update and the low-gear phase"
set xrange [$zlo:$zhi]
set yrange [0:$ztop]
plot "$1" using 1:(strcol(3) eq "1" ? \$2 : 1/0) with linespoints pt 7 ps 0.5 lc rgb "#1f77b4" notitle, \
     "$1" using 1:(strcol(3) eq "L" ? \$2 : 1/0) with linespoints pt 7 ps 0.5 lc rgb "#ff7f0e" notitle, \
     "$1" using 1:(strcol(3) eq "2" ? \$2 : 1/0) with linespoints pt 7 ps 0.5 lc rgb "#2ca02c" notitle, \
     "$1" using 1:(strcol(3) eq "U" ? \$2 : 1/0) with impulses lw 3 lc rgb "#d62728" notitle, \
     "$1" using 1:4 axes x1y2 with steps lw 1.5 lc rgb "#555555" notitle
unset multiplot
EOG

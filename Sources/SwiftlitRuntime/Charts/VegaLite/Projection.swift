extension VegaLite {
    /// The map projection of geographic views.
    ///
    /// ```swift
    /// VegaLite(.url(countriesURL)).mark(.geoshape).projection(Projection(.equalEarth))
    /// ```
    public struct Projection: Sendable, Equatable, SpecConvertible {
        let object: SpecObject

        /// A projection of `type`, centred on `center` (longitude, latitude), scaled by `scale`, moved
        /// by `translate` (points) and rotated by `rotate` (degrees of longitude, latitude and roll).
        public init(
            _ type: ProjectionType, center: (longitude: Double, latitude: Double)? = nil, scale: Double? = nil,
            translate: (x: Double, y: Double)? = nil, rotate: (Double, Double, Double)? = nil
        ) {
            var object = SpecObject(["type": type.rawValue.specNode])
            object.set("center", center.map { [$0.longitude, $0.latitude] })
            object.set("scale", scale)
            object.set("translate", translate.map { [$0.x, $0.y] })
            object.set("rotate", rotate.map { [$0.0, $0.1, $0.2] })
            self.object = object
        }

        var specNode: SpecNode { object.specNode }
    }

    /// A map projection's type.
    public enum ProjectionType: String, Sendable, Equatable, CaseIterable {
        case albers, albersUsa, azimuthalEqualArea, azimuthalEquidistant, conicConformal, conicEqualArea
        case conicEquidistant, equalEarth, equirectangular, gnomonic, identity, mercator, naturalEarth1
        case orthographic, stereographic, transverseMercator
    }
}
